"""The demo site's content, kept as plain data so it can be read and edited like a document.

Facts and figures come from Safe Online's, the Tech Coalition's and the Disrupting Harm partners'
public materials; every sentence of copy was written for this site. Where no public detail exists,
projects are described qualitatively. Entries marked ``illustrative=True`` are composites that show
how a kind of grant would appear on the site: their organisations and details are invented and do
not describe a real grant.

Streamfield bodies use Wagtail's raw JSON form, with ``ImageRef`` and ``PageRef`` standing in for
database ids until the builder resolves them.
"""

from dataclasses import dataclass, field
from datetime import date, time

# --- Shared vocabulary ------------------------------------------------------------------------

GROOMING = "grooming"
USER_REPORTING = "user reporting"
PREVENTION = "prevention"
OFFENDER_BEHAVIOUR = "offender behaviour"
HELP_SEEKING = "help-seeking"
TRAUMA_INFORMED = "trauma-informed response"
MODERATOR_WELLBEING = "content moderator wellbeing"
PEER_ABUSE = "peer-to-peer abuse"
DISABILITY = "children with disabilities"
GENERATIVE_AI = "generative AI"
DETECTION = "detection"
DATA_EVIDENCE = "data & evidence"
POLICY = "policy"
LIVE_STREAMING = "live-streaming"
AGE_ASSURANCE = "age assurance"
SEXUAL_EXTORTION = "sexual extortion"
FINANCIAL_SIGNALS = "financial signals"

TAGS = [
    GROOMING,
    USER_REPORTING,
    PREVENTION,
    OFFENDER_BEHAVIOUR,
    HELP_SEEKING,
    TRAUMA_INFORMED,
    MODERATOR_WELLBEING,
    PEER_ABUSE,
    DISABILITY,
    GENERATIVE_AI,
    DETECTION,
    DATA_EVIDENCE,
    POLICY,
    LIVE_STREAMING,
    AGE_ASSURANCE,
    SEXUAL_EXTORTION,
    FINANCIAL_SIGNALS,
]

# Public landing pages only: outputs link to the programme page that lists the documents.
SAFE_ONLINE_URL = "https://safeonline.global/"
DISRUPTING_HARM_URL = "https://safeonline.global/disrupting-harm/"
DISRUPTING_HARM_INSIGHTS_URL = "https://safeonline.global/disrupting-harm-data-insights"
OPEN_CALL_2024_URL = "https://safeonline.global/funding/2024-open-call"
TECH_COALITION_URL = "https://www.technologycoalition.org/"
END_VIOLENCE_URL = "https://www.end-violence.org/"
REGISTRATION_URL = "https://safeonline.global/"

IMAGE_CREDIT = "Illustration © Safe Online"
DEMO_GRANTEE_EMAIL = "grantee@safeonline.example"


# --- StreamField helpers ----------------------------------------------------------------------


@dataclass(frozen=True)
class ImageRef:
    """An image by its illustration key in home.demo.images."""

    key: str


@dataclass(frozen=True)
class PageRef:
    """A page by its path below the home page, e.g. "research" or "about/our-purpose"."""

    path: str


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def bullets(intro, items):
    listed = "".join(f"<li>{item}</li>" for item in items)
    return {"type": "paragraph", "value": f"<p>{intro}</p><ul>{listed}</ul>"}


def figures(*items, source=""):
    return {
        "type": "figures",
        "value": {
            "figures": [
                {"value": value, "label": label, "source": source} for value, label in items
            ]
        },
    }


def quote(text, name, role=""):
    return {"type": "quote", "value": {"quote": text, "name": name, "role": role}}


def image(key, caption=""):
    return {"type": "image", "value": {"image": ImageRef(key), "caption": caption}}


def call_to_action(title, text, *, page=None, url="", button_label="Find out more"):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": PageRef(page) if page else None,
            "url": url,
            "button_label": button_label,
        },
    }


def split_evenly(total, parts):
    """Whole-dollar shares of `total` that add up exactly."""
    share, remainder = divmod(total, parts)
    return [share + (1 if index < remainder else 0) for index in range(parts)]


# --- Reference data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Programme:
    name: str
    slug: str
    short_name: str
    description: str
    website: str
    sort_order: int


@dataclass(frozen=True)
class Country:
    name: str
    iso_code: str
    region: str
    summary: str = ""


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    country: str | None = None  # ISO code
    website: str = ""


RESEARCH_FUND = "research-fund"
DISRUPTING_HARM = "disrupting-harm"
TECH_SOLUTIONS = "tech-solutions"
NETWORKS_AND_SYSTEMS = "networks-and-systems"

PROGRAMMES = [
    Programme(
        name="Tech Coalition Safe Online Research Fund",
        slug=RESEARCH_FUND,
        short_name="Research Fund",
        description="A joint fund with the Tech Coalition, running since 2020, for research whose "
        "findings can change how technology companies design products, write policy and run "
        "trust and safety operations.",
        website=TECH_COALITION_URL,
        sort_order=1,
    ),
    Programme(
        name="Disrupting Harm",
        slug=DISRUPTING_HARM,
        short_name="Disrupting Harm",
        description="Large-scale national research, led by ECPAT International, INTERPOL and "
        "UNICEF Innocenti, on the scale and nature of online sexual exploitation and abuse of "
        "children, and on how well national systems protect them.",
        website=DISRUPTING_HARM_URL,
        sort_order=2,
    ),
    Programme(
        name="Tech Solutions",
        slug=TECH_SOLUTIONS,
        short_name="Tech Solutions",
        description="Grants that take promising safety technology from prototype to practice, "
        "with a focus on tools that smaller platforms and frontline services can adopt.",
        website=SAFE_ONLINE_URL,
        sort_order=3,
    ),
    Programme(
        name="Networks & Systems",
        slug=NETWORKS_AND_SYSTEMS,
        short_name="Networks & Systems",
        description="Investment in the connections that make protection work: communities of "
        "practice, shared data infrastructure and national systems that link services together.",
        website=SAFE_ONLINE_URL,
        sort_order=4,
    ),
]

AFRICA = "africa"
AMERICAS = "americas"
ASIA_PACIFIC = "asia-pacific"
EUROPE = "europe"
MIDDLE_EAST = "middle-east"

DH_SUMMARY = (
    "Disrupting Harm measured how children here are exposed to online sexual exploitation and "
    "abuse, and made recommendations for government, services and industry."
)
DH2_SUMMARY = (
    "One of eleven countries in the second phase of Disrupting Harm, which is building national "
    "evidence and an action plan for preventing and responding to online abuse."
)

COUNTRIES = [
    # Disrupting Harm, phase one
    Country("Cambodia", "KH", ASIA_PACIFIC, DH_SUMMARY),
    Country(
        "Indonesia",
        "ID",
        ASIA_PACIFIC,
        "Disrupting Harm findings fed into Indonesia's national roadmap on child online "
        "protection.",
    ),
    Country(
        "Malaysia",
        "MY",
        ASIA_PACIFIC,
        "After Disrupting Harm, Malaysia made sexual extortion and the live-streaming of child "
        "sexual abuse criminal offences.",
    ),
    Country(
        "Philippines",
        "PH",
        ASIA_PACIFIC,
        "Home to Disrupting Harm research and to Research Fund work on the online sexual "
        "exploitation of children.",
    ),
    Country("Thailand", "TH", ASIA_PACIFIC, DH_SUMMARY),
    Country("Viet Nam", "VN", ASIA_PACIFIC, DH_SUMMARY),
    Country("Ethiopia", "ET", AFRICA, DH_SUMMARY),
    Country(
        "Kenya",
        "KE",
        AFRICA,
        "Disrupting Harm research in Kenya gave services and policy makers their first national "
        "picture of online abuse against children.",
    ),
    Country("Mozambique", "MZ", AFRICA, DH_SUMMARY),
    Country("Namibia", "NA", AFRICA, DH_SUMMARY),
    Country("South Africa", "ZA", AFRICA, DH_SUMMARY),
    Country(
        "Tanzania",
        "TZ",
        AFRICA,
        "Disrupting Harm recommendations were built into training materials produced by "
        "Tanzania's Ministry of Health.",
    ),
    Country("Uganda", "UG", AFRICA, DH_SUMMARY),
    # Disrupting Harm, phase two
    Country("Armenia", "AM", EUROPE, DH2_SUMMARY),
    Country("Brazil", "BR", AMERICAS, DH2_SUMMARY),
    Country(
        "Colombia",
        "CO",
        AMERICAS,
        "Research Fund projects on grooming and help-seeking, and second-phase Disrupting Harm "
        "research.",
    ),
    Country("Dominican Republic", "DO", AMERICAS, DH2_SUMMARY),
    Country("Jordan", "JO", MIDDLE_EAST, DH2_SUMMARY),
    Country("Montenegro", "ME", EUROPE, DH2_SUMMARY),
    Country("Morocco", "MA", MIDDLE_EAST, DH2_SUMMARY),
    Country("North Macedonia", "MK", EUROPE, DH2_SUMMARY),
    Country("Pakistan", "PK", ASIA_PACIFIC, DH2_SUMMARY),
    Country("Serbia", "RS", EUROPE, DH2_SUMMARY),
    Country("Tunisia", "TN", MIDDLE_EAST, DH2_SUMMARY),
    # Research Fund, Tech Solutions and events
    Country(
        "United Kingdom",
        "GB",
        EUROPE,
        "Research Fund work on content moderator wellbeing and grooming resistance, and host of "
        "the 2024 convening.",
    ),
    Country(
        "Ireland",
        "IE",
        EUROPE,
        "Research Fund projects using machine learning to spot grooming and payment patterns.",
    ),
    Country(
        "Finland",
        "FI",
        EUROPE,
        "Offender-focused prevention research drawing on anonymous surveys of people who search "
        "for abuse material.",
    ),
    Country(
        "Germany",
        "DE",
        EUROPE,
        "Research Fund work on risk assessment and deterrence for people at risk of offending.",
    ),
    Country("Spain", "ES", EUROPE, "A partner country in research on resisting online grooming."),
    Country(
        "Nepal",
        "NP",
        ASIA_PACIFIC,
        "Research Fund work helping parents and caregivers protect children from online abuse.",
    ),
    Country(
        "Hong Kong",
        "HK",
        ASIA_PACIFIC,
        "Research Fund work on preventing the grooming of children online.",
    ),
    Country("India", "IN", ASIA_PACIFIC),
    Country("United States", "US", AMERICAS),
    Country("France", "FR", EUROPE),
    Country("Italy", "IT", EUROPE),
    Country("Japan", "JP", ASIA_PACIFIC),
    Country("Singapore", "SG", ASIA_PACIFIC),
    Country("Australia", "AU", ASIA_PACIFIC),
    Country("Netherlands", "NL", EUROPE),
]

UNIVERSITY = "university"
NGO = "ngo"
UN = "un"
COMPANY = "company"
GOVERNMENT = "government"

ECPAT = "ECPAT International"
INTERPOL = "INTERPOL"
UNICEF_INNOCENTI = "UNICEF Innocenti – Global Office of Research and Foresight"
SAFE_ONLINE = "Safe Online"
TECH_COALITION = "Tech Coalition"
WEPROTECT = "WeProtect Global Alliance"
COPL = "Children Online Protection Lab"

ORGANISATIONS = [
    Organisation(SAFE_ONLINE, NGO, website=SAFE_ONLINE_URL),
    Organisation(TECH_COALITION, NGO, "US", TECH_COALITION_URL),
    Organisation(ECPAT, NGO, "TH", "https://ecpat.org/"),
    Organisation(INTERPOL, UN, "FR", "https://www.interpol.int/"),
    Organisation(UNICEF_INNOCENTI, UN, "IT", "https://www.unicef.org/innocenti/"),
    Organisation(WEPROTECT, UN, "GB", "https://www.weprotect.org/"),
    Organisation(COPL, GOVERNMENT, "FR"),
    Organisation("INHOPE", NGO, "NL", "https://www.inhope.org/"),
    Organisation("Justice and Care", NGO, "GB", "https://justiceandcare.org/"),
    Organisation("Middlesex University", UNIVERSITY, "GB", "https://www.mdx.ac.uk/"),
    Organisation("Technological University Dublin", UNIVERSITY, "IE", "https://www.tudublin.ie/"),
    Organisation("Dublin City University", UNIVERSITY, "IE", "https://www.dcu.ie/"),
    Organisation("Universidad de los Andes", UNIVERSITY, "CO", "https://uniandes.edu.co/"),
    Organisation("Protect Children (Suojellaan Lapsia)", NGO, "FI"),
    Organisation("Red PaPaz", NGO, "CO"),
    Organisation("ChildSafeNet", NGO, "NP"),
    Organisation("Swansea University", UNIVERSITY, "GB", "https://www.swansea.ac.uk/"),
    Organisation("Save the Children Hong Kong", NGO, "HK"),
    Organisation("MSB Medical School Berlin", UNIVERSITY, "DE"),
    Organisation("Young & Resilient Research Centre", UNIVERSITY, "AU"),
    # Illustrative organisations, used only by the illustrative projects below.
    Organisation("Northgate Centre for Digital Childhood", UNIVERSITY, "GB"),
    Organisation("Kilima Youth Online Safety Network", NGO, "KE"),
    Organisation("Lumen Trust & Safety Lab", UNIVERSITY, "US"),
    Organisation("Open Age Check Initiative", NGO, "GB"),
    Organisation("StreamSafe Technologies", COMPANY, "IN"),
    Organisation("Linha Segura Helpline Collective", NGO, "BR"),
    Organisation("Inclusive Safety Design Studio", NGO, "KE"),
]


# --- Research projects ------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    title: str
    kind: str  # a ProjectOutput.Kind value
    url: str
    year: int | None = None


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Update:
    title: str
    date: date
    summary: str
    body: str  # rich text HTML
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Project:
    title: str
    slug: str
    programme: str  # Programme slug
    funding_round: str
    lead: str  # Organisation name
    summary: str
    start: date
    end: date | None
    grant_usd: int | None
    image: str
    partners: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes
    body: tuple[dict, ...] = ()
    outputs: tuple[Output, ...] = ()
    contacts: tuple[Contact, ...] = ()
    tags: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()
    website: str = ""
    illustrative: bool = False


def team(organisation, role="Project team"):
    """An organisation-level contact: no personal names or addresses on a public page."""
    return Contact(name=f"{organisation} project team", role=role, organisation=organisation)


ROUND_1 = "Research Fund round 1 (2021)"
ROUND_2 = "Research Fund round 2 (2022)"
BOOST_2023 = "Research Fund boost awards (2023)"
GENERATIVE_AI_ROUND = "Research Fund generative AI round (2024)"
DH_PHASE_1 = "Disrupting Harm phase 1 (2019)"
DH_PHASE_2 = "Disrupting Harm phase 2 (2023–2025)"
TECH_SOLUTIONS_2023 = "Tech Solutions 2023 open call"
TECH_SOLUTIONS_2026 = "Tech Solutions 2026 awards"

RESEARCH_FUND_PROJECTS = [
    Project(
        title="Understanding the online sexual exploitation of children in the Philippines",
        slug="osec-philippines",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Justice and Care",
        countries=("PH",),
        grant_usd=150_000,
        start=date(2021, 7, 1),
        end=date(2022, 12, 31),
        image="constellation",
        summary="Research into how the online sexual exploitation of children is organised in "
        "the Philippines, who takes part and where platforms have the best chance of "
        "interrupting it.",
        body=(
            heading("Why this research"),
            paragraph(
                "Abuse that is directed remotely and streamed to paying offenders abroad leaves "
                "traces across several services at once: messaging, payments and video. Justice "
                "and Care set out to map those traces from the point of view of the people who "
                "investigate and prosecute the cases, so that companies could see which signals "
                "appear early enough to act on.",
            ),
            heading("What the team did"),
            paragraph(
                "The project drew on the experience of the professionals who handle these "
                "cases, paying particular attention to the role of facilitators close to the "
                "child and to the way offenders move between services when one becomes harder "
                "to use.",
                "Its recommendations were written for technology and payment companies as well "
                "as for the agencies that investigate and support survivors.",
            ),
        ),
        outputs=(Output("Final research report", "report", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Justice and Care"),),
        tags=(LIVE_STREAMING, DETECTION, OFFENDER_BEHAVIOUR, FINANCIAL_SIGNALS),
    ),
    Project(
        title="Invisible Risks: how content moderators cope with exposure to abuse material",
        slug="invisible-risks",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Middlesex University",
        partners=("INHOPE",),
        countries=("GB", "NL"),
        grant_usd=175_000,
        start=date(2021, 11, 1),
        end=date(2023, 6, 30),
        image="glow",
        summary="A study of the strategies that content moderators and hotline analysts use to "
        "cope with repeated exposure to child sexual abuse material, and of what employers can "
        "do to protect them.",
        body=(
            heading("The people behind the reports"),
            paragraph(
                "Every report of child sexual abuse material is reviewed by a person at some "
                "point. Moderators at technology companies and analysts at hotlines carry that "
                "work, often for years, and the effect on their wellbeing has been little studied.",
            ),
            heading("Approach"),
            paragraph(
                "Working with INHOPE, the global network of hotlines, the Middlesex team surveyed "
                "and interviewed people in these roles about the pressures they face and the "
                "coping strategies they rely on, from peer support to the way their working day "
                "is structured.",
                "The project ran from November 2021 to June 2023 and produced practical guidance "
                "for employers alongside the academic findings.",
            ),
        ),
        outputs=(
            Output("Invisible Risks: final report", "report", SAFE_ONLINE_URL, 2023),
            Output(
                "Wellbeing guidance for employers of content moderators",
                "tool",
                SAFE_ONLINE_URL,
                2023,
            ),
        ),
        contacts=(team("Middlesex University"), team("INHOPE", "Partner")),
        tags=(MODERATOR_WELLBEING, TRAUMA_INFORMED, USER_REPORTING),
        updates=(
            Update(
                "Survey of hotline analysts opens",
                date(2022, 3, 14),
                "The team launched its survey of analysts across the INHOPE hotline network.",
                "<p>With INHOPE's help, the survey reached analysts in hotlines across many "
                "countries. Questions cover workload, support at work and the personal strategies "
                "people use to switch off after a shift.</p><p>Responses are anonymous and the "
                "survey was designed with analysts so that taking part would not itself cause "
                "distress.</p>",
                (MODERATOR_WELLBEING,),
            ),
            Update(
                "Interviews with moderators and analysts completed",
                date(2022, 10, 3),
                "The team has finished its interviews and begun analysing them alongside the "
                "survey.",
                "<p>Interviews with moderators and analysts are now complete. The analysis will "
                "look at:</p><ul><li>the pressures people describe in their working day;</li>"
                "<li>the coping strategies they rely on, formal and informal;</li><li>what they "
                "would change about how the work is organised.</li></ul>",
                (MODERATOR_WELLBEING, TRAUMA_INFORMED),
            ),
            Update(
                "Invisible Risks report published",
                date(2023, 6, 28),
                "The final report sets out what moderators told the team and what employers can "
                "change.",
                "<p>The final report brings together the survey and interview findings and "
                "translates them into recommendations for companies and hotlines, from rota "
                "design to access to specialist support.</p><p>An accompanying briefing for trust "
                "and safety leads summarises the points that can be acted on within a quarter.</p>",
                (MODERATOR_WELLBEING,),
            ),
        ),
    ),
    Project(
        title="N-Light: machine learning to detect grooming patterns",
        slug="n-light",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Technological University Dublin",
        countries=("IE",),
        grant_usd=140_000,
        start=date(2021, 9, 1),
        end=date(2023, 2, 28),
        image="paths",
        summary="N-Light applies machine learning to conversations to find the linguistic "
        "patterns that mark the stages of online grooming, giving moderators an earlier warning.",
        body=(
            heading("Reading the shape of a conversation"),
            paragraph(
                "Grooming rarely announces itself in a single message. It unfolds over time, "
                "moving from building trust to isolating the child and then to sexual content. "
                "N-Light models that progression, looking for patterns in language rather than "
                "individual keywords.",
            ),
            heading("From research to moderation tools"),
            paragraph(
                "The team worked with anonymised, ethically sourced conversation data and with "
                "trust and safety professionals, so that the outputs would slot into the review "
                "queues moderators already use. The work continued with a 2023 boost award to "
                "take the models towards deployment.",
            ),
        ),
        outputs=(Output("N-Light research summary", "publication", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Technological University Dublin"),),
        tags=(GROOMING, DETECTION, USER_REPORTING),
        updates=(
            Update(
                "Annotation framework agreed",
                date(2022, 2, 7),
                "The team agreed how conversations will be labelled by stage of grooming.",
                "<p>Before any model can be trained, people have to agree what they are looking "
                "at. The team has settled an annotation framework, tested with child protection "
                "specialists, that labels each part of a conversation by the stage of grooming it "
                "belongs to.</p>",
                (GROOMING,),
            ),
            Update(
                "First models shared with industry reviewers",
                date(2022, 11, 21),
                "Prototype models were shown to trust and safety teams for feedback on usefulness.",
                "<p>Reviewers from technology companies tried the prototype and gave feedback on "
                "where an alert would help and where it would add noise, and on how an alert "
                "should explain why a conversation was flagged.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
    Project(
        title="AI analysis of offender–victim interactions",
        slug="ai-offender-victim-interactions",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Universidad de los Andes",
        countries=("CO",),
        grant_usd=135_000,
        start=date(2021, 8, 1),
        end=date(2022, 12, 31),
        image="conversation",
        summary="Researchers in Bogotá used artificial intelligence to analyse how offenders "
        "interact with children online, including in Spanish-language conversations that most "
        "detection tools were not built for.",
        body=(
            heading("Closing a language gap"),
            paragraph(
                "Much of the research on online grooming, and most of the tools built on it, has "
                "been developed for English. The Universidad de los Andes team focused on "
                "Spanish-language interactions, where patterns of speech and slang differ.",
            ),
            heading("What the analysis looked at"),
            paragraph(
                "The project studied the strategies offenders use to gain trust, test "
                "boundaries and move conversations to private channels, and explored how "
                "machine learning could recognise them while keeping false alarms low.",
            ),
        ),
        outputs=(Output("Research findings for industry", "publication", SAFE_ONLINE_URL, 2023),),
        contacts=(team("Universidad de los Andes"),),
        tags=(GROOMING, DETECTION, OFFENDER_BEHAVIOUR),
    ),
    Project(
        title="Offender-focused prevention from surveys of dark-web users",
        slug="offender-focused-prevention",
        programme=RESEARCH_FUND,
        funding_round=ROUND_1,
        lead="Protect Children (Suojellaan Lapsia)",
        countries=("FI",),
        grant_usd=200_000,
        start=date(2021, 6, 1),
        end=date(2022, 12, 31),
        image="signal",
        summary="Anonymous surveys of people who search for child sexual abuse material on the "
        "dark web, used to design prevention messages and support that reach them before they "
        "offend again.",
        body=(
            heading("Prevention that starts with the person at risk"),
            paragraph(
                "Most measures against abuse material focus on removing content and catching "
                "offenders. Protect Children asked a different question: what would make someone "
                "searching for this material stop, and where could that message reach them?",
            ),
            paragraph(
                "The team ran anonymous surveys on dark-web search engines, asking respondents "
                "about their behaviour, their contact with children and whether they had ever "
                "tried to seek help. The answers informed prevention messaging and self-help "
                "resources that platforms can display at the moment of a search.",
            ),
        ),
        outputs=(
            Output(
                "Survey findings and prevention recommendations", "report", SAFE_ONLINE_URL, 2022
            ),
        ),
        contacts=(team("Protect Children (Suojellaan Lapsia)"),),
        tags=(PREVENTION, OFFENDER_BEHAVIOUR, HELP_SEEKING),
    ),
    Project(
        title="Enhancing parental roles in protecting children from online sexual exploitation "
        "and abuse",
        slug="enhancing-parental-roles-nepal",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="ChildSafeNet",
        countries=("NP",),
        grant_usd=110_000,
        start=date(2023, 3, 1),
        end=date(2024, 8, 31),
        image="shelter",
        summary="Research in Nepal on what parents and caregivers know about online abuse, what "
        "stops them acting on it, and how platforms and schools can support them.",
        body=(
            heading("Parents as protectors"),
            paragraph(
                "Children in Nepal are going online earlier, often on a shared family phone, "
                "while many parents have had little chance to learn about the risks. ChildSafeNet "
                "studied how much parents understand about grooming and exploitation, and what "
                "they need to talk about it with their children.",
            ),
            paragraph(
                "The project combined surveys and group discussions with parents in urban and "
                "rural areas, and tested guidance in Nepali with them before it was finalised.",
            ),
        ),
        outputs=(
            Output(
                "Parents and online child protection in Nepal: research report",
                "report",
                SAFE_ONLINE_URL,
                2024,
            ),
            Output("Guidance for parents in Nepali", "tool", SAFE_ONLINE_URL, 2024),
        ),
        contacts=(team("ChildSafeNet"),),
        tags=(PREVENTION, HELP_SEEKING, GROOMING),
        updates=(
            Update(
                "Community sessions with parents begin",
                date(2023, 7, 10),
                "Group discussions with parents started in several districts.",
                "<p>The team began its group discussions with parents and caregivers, meeting in "
                "schools and community centres. Sessions are run in Nepali and adapted for "
                "parents with limited experience of the internet.</p>",
                (PREVENTION,),
            ),
            Update(
                "Parent guidance tested and revised",
                date(2024, 5, 20),
                "Draft guidance was revised after parents said it needed to be shorter and more "
                "practical.",
                "<p>Parents who reviewed the draft asked for fewer warnings and more examples of "
                "what to say. The revised guidance opens with conversation starters and a short "
                "list of where to turn for help.</p>",
                (PREVENTION, HELP_SEEKING),
            ),
        ),
    ),
    Project(
        title="DRAGON: Developing Resistance Against Grooming Online",
        slug="dragon",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Swansea University",
        countries=("GB", "ES"),
        grant_usd=135_000,
        start=date(2023, 3, 1),
        end=date(2024, 12, 31),
        image="conversation",
        summary="DRAGON studies the language of online grooming in the UK and Spain to build "
        "tools that help children, parents and platforms recognise manipulation early.",
        body=(
            heading("Language as an early warning"),
            paragraph(
                "The Swansea team brings expertise in the language groomers use to manipulate "
                "children. DRAGON extends that work across English and Spanish and turns it into "
                "resources that strengthen children's resistance, rather than relying on "
                "detection alone.",
            ),
            heading("Two strands"),
            bullets(
                "The project works on two fronts:",
                [
                    "analysis that can inform how platforms detect grooming conversations;",
                    "education materials that help young people notice when a conversation is "
                    "being steered.",
                ],
            ),
        ),
        outputs=(Output("DRAGON project summary", "publication", SAFE_ONLINE_URL, 2025),),
        contacts=(team("Swansea University"),),
        tags=(GROOMING, PREVENTION, DETECTION),
        updates=(
            Update(
                "Spanish-language analysis under way",
                date(2023, 9, 18),
                "The team has begun extending its grooming language analysis to Spanish.",
                "<p>Working with colleagues in Spain, the team has started annotating "
                "Spanish-language material using the same framework as the English work, so that "
                "results can be compared across the two languages.</p>",
                (GROOMING,),
            ),
            Update(
                "Findings presented to industry in London",
                date(2024, 10, 1),
                "DRAGON shared emerging findings at the 2024 Research Fund convening.",
                "<p>At the London convening the team walked trust and safety staff through the "
                "manipulation tactics that appear in both languages, and discussed how the "
                "findings could shape in-product safety prompts for younger users.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
    Project(
        title="Preventing the online grooming of children in Hong Kong",
        slug="grooming-prevention-hong-kong",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Save the Children Hong Kong",
        countries=("HK",),
        grant_usd=125_000,
        start=date(2023, 3, 1),
        end=date(2024, 9, 30),
        image="shelter",
        summary="A project on how children in Hong Kong encounter grooming online and which "
        "prevention messages and platform features help them stay safe.",
        body=(
            heading("Listening to children first"),
            paragraph(
                "Save the Children Hong Kong worked directly with children and young people to "
                "understand where grooming attempts happen and how they respond to them. The "
                "project ran from March 2023 to September 2024.",
            ),
            paragraph(
                "The findings were turned into recommendations for schools, parents and the "
                "platforms most popular with children in the city.",
            ),
        ),
        outputs=(Output("Grooming prevention research report", "report", SAFE_ONLINE_URL, 2024),),
        contacts=(team("Save the Children Hong Kong"),),
        tags=(GROOMING, PREVENTION, USER_REPORTING),
    ),
    Project(
        title="RAPPID: Risk Assessment for the Prevention & Promotion of Internet Deterrence",
        slug="rappid",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="MSB Medical School Berlin",
        countries=("DE",),
        grant_usd=140_000,
        start=date(2023, 3, 1),
        end=date(2025, 3, 31),
        image="signal",
        summary="RAPPID develops ways to assess the risk that someone will go on to offend "
        "online, and tests deterrence messages that encourage people at risk to seek help.",
        body=(
            heading("Deterrence grounded in evidence"),
            paragraph(
                "Warning messages shown to people searching for abuse material are becoming "
                "common, but there is little evidence about which messages work and for whom. "
                "RAPPID brings clinical risk-assessment expertise to that question.",
            ),
            paragraph(
                "The project ran from March 2023 to March 2025, building a risk-assessment "
                "approach suited to online settings and testing how deterrence messages are "
                "received by people who might otherwise offend.",
            ),
        ),
        outputs=(Output("RAPPID findings for platforms", "publication", SAFE_ONLINE_URL, 2025),),
        contacts=(team("MSB Medical School Berlin"),),
        tags=(OFFENDER_BEHAVIOUR, PREVENTION, HELP_SEEKING),
        updates=(
            Update(
                "Risk-assessment framework drafted",
                date(2023, 11, 6),
                "The team has drafted a framework for assessing online offending risk.",
                "<p>The draft framework adapts established clinical tools to the signals that "
                "are available online. It is now being reviewed by clinicians and by specialists "
                "in platform safety.</p>",
                (OFFENDER_BEHAVIOUR,),
            ),
            Update(
                "Testing deterrence messages",
                date(2024, 6, 17),
                "RAPPID has started testing how different deterrence messages are received.",
                "<p>Several versions of a deterrence message, differing in tone and in the help "
                "they offer, are being compared. The aim is practical guidance for platforms on "
                "wording that moves people towards support rather than simply away from the "
                "search.</p>",
                (PREVENTION, HELP_SEEKING),
            ),
        ),
    ),
    Project(
        title="Help-seeking among people who use child sexual abuse material in Colombia",
        slug="help-seeking-colombia",
        programme=RESEARCH_FUND,
        funding_round=ROUND_2,
        lead="Protect Children (Suojellaan Lapsia)",
        partners=("Red PaPaz",),
        countries=("CO", "FI"),
        grant_usd=125_000,
        start=date(2023, 3, 1),
        end=date(2024, 9, 30),
        image="paths",
        summary="Protect Children and Red PaPaz study what would lead people who use abuse "
        "material in Colombia and other Spanish-speaking countries to seek help, and where "
        "support is missing.",
        body=(
            heading("Bringing prevention to Spanish speakers"),
            paragraph(
                "Building on Protect Children's dark-web surveys, this project adapts the "
                "approach for Spanish-speaking respondents with Red PaPaz, a Colombian network of "
                "parents and caregivers with long experience of child protection advocacy.",
            ),
            paragraph(
                "The research looks at the barriers to seeking help and at the services that "
                "exist in the region, so that platforms can point people to support that is "
                "actually available.",
            ),
        ),
        outputs=(
            Output(
                "Help-seeking research brief (Spanish and English)",
                "publication",
                SAFE_ONLINE_URL,
                2024,
            ),
        ),
        contacts=(team("Protect Children (Suojellaan Lapsia)"), team("Red PaPaz", "Partner")),
        tags=(HELP_SEEKING, PREVENTION, OFFENDER_BEHAVIOUR),
        updates=(
            Update(
                "Spanish-language survey launched",
                date(2023, 6, 12),
                "The anonymous survey is now live in Spanish.",
                "<p>Translated and culturally adapted with Red PaPaz, the survey asks "
                "respondents about their use of abuse material and what would help them stop.</p>",
                (HELP_SEEKING,),
            ),
            Update(
                "Mapping support services in the region",
                date(2024, 2, 26),
                "The team is mapping which services can take referrals in Spanish-speaking "
                "countries.",
                "<p>A message urging someone to seek help is only useful if help exists. The "
                "team is compiling the services that can respond, and noting the gaps where "
                "none do.</p>",
                (HELP_SEEKING, PREVENTION),
            ),
        ),
    ),
    Project(
        title="Detecting payments for child sexual exploitation on financial platforms",
        slug="detecting-csea-payments",
        programme=RESEARCH_FUND,
        funding_round=BOOST_2023,
        lead="Dublin City University",
        countries=("IE",),
        grant_usd=125_000,
        start=date(2023, 10, 1),
        end=date(2024, 9, 30),
        image="network",
        summary="A twelve-month boost award to develop methods that help financial platforms "
        "recognise payments linked to the sexual exploitation of children.",
        body=(
            heading("Following the money"),
            paragraph(
                "Much commercial exploitation of children, from live-streamed abuse to sexual "
                "extortion, depends on money changing hands. Payment platforms see transactions "
                "that no content moderator ever will.",
            ),
            paragraph(
                "The Dublin City University team used its boost award to explore which patterns "
                "in payment data can point to exploitation, and how such signals could be shared "
                "responsibly with the companies and investigators who need them.",
            ),
        ),
        outputs=(
            Output(
                "Financial signals of exploitation: technical summary",
                "publication",
                SAFE_ONLINE_URL,
                2024,
            ),
        ),
        contacts=(team("Dublin City University"),),
        tags=(FINANCIAL_SIGNALS, DETECTION, SEXUAL_EXTORTION),
        updates=(
            Update(
                "Working group with payment providers formed",
                date(2024, 1, 22),
                "Payment industry specialists joined an advisory group for the project.",
                "<p>An advisory group of financial crime specialists will help the team "
                "understand what data payment providers hold and what they can lawfully "
                "share.</p>",
                (FINANCIAL_SIGNALS,),
            ),
            Update(
                "Boost award completed",
                date(2024, 9, 30),
                "The team has finished its boost year and published a technical summary.",
                "<p>The summary describes the payment patterns the team examined and the "
                "safeguards needed before such signals are used in practice. Next steps focus on "
                "piloting with a small number of providers.</p>",
                (FINANCIAL_SIGNALS, DETECTION),
            ),
        ),
    ),
    Project(
        title="N-Light: from research to deployment",
        slug="n-light-deployment",
        programme=RESEARCH_FUND,
        funding_round=BOOST_2023,
        lead="Technological University Dublin",
        countries=("IE",),
        grant_usd=125_000,
        start=date(2023, 10, 1),
        end=date(2024, 9, 30),
        image="paths",
        summary="A boost award that takes the N-Light grooming-detection research into piloting "
        "with technology partners over twelve months.",
        body=(
            heading("The next step"),
            paragraph(
                "The boost awards help first-round grantees move their research towards use. "
                "For N-Light, that meant hardening the models, improving how they explain their "
                "alerts and testing them with companies in realistic conditions.",
            ),
            call_to_action(
                "Read about the original research",
                "How N-Light learned to recognise the stages of grooming.",
                page="research/n-light",
                button_label="See the project",
            ),
        ),
        outputs=(Output("N-Light pilot report", "report", SAFE_ONLINE_URL, 2024),),
        contacts=(team("Technological University Dublin"),),
        tags=(GROOMING, DETECTION, USER_REPORTING),
        updates=(
            Update(
                "Pilot partners confirmed",
                date(2023, 12, 4),
                "Technology partners have agreed to pilot the N-Light models.",
                "<p>The pilots will run the models alongside existing moderation processes, so "
                "that alerts can be compared with what reviewers would have found anyway.</p>",
                (GROOMING, DETECTION),
            ),
            Update(
                "Explaining alerts to moderators",
                date(2024, 4, 15),
                "A new interface shows moderators which parts of a conversation triggered an "
                "alert.",
                "<p>Responding to feedback from the first phase, the team built an interface "
                "that highlights the messages behind each alert and the stage of grooming they "
                "suggest.</p>",
                (GROOMING,),
            ),
            Update(
                "Pilot findings shared at the London convening",
                date(2024, 10, 1),
                "The team presented what the pilots showed about accuracy and reviewer workload.",
                "<p>The discussion centred on how explained alerts change the way reviewers work "
                "through a queue. The team is now documenting what a company would need in place "
                "to run the models itself.</p>",
                (GROOMING, DETECTION),
            ),
        ),
    ),
]


# --- Disrupting Harm --------------------------------------------------------------------------

DH_PHASE_1_TOTAL_USD = 7_000_000
DH_PHASE_2_TOTAL_USD = 7_500_000
DH_CONTACT = Contact(
    "Disrupting Harm team",
    "Research partners",
    "ECPAT International, INTERPOL and UNICEF Innocenti",
)

DH_METHOD = paragraph(
    "Disrupting Harm looks at the problem from several sides at once. In each country the "
    "partners ran a household survey with a nationally representative sample of internet-using "
    "children and their parents or carers, examined the legal and policy framework, looked at "
    "how well equipped the police are to investigate these crimes, and listened to young "
    "survivors and to the social workers and justice professionals who support them.",
)

DH_PHASE_1_FIGURES = figures(
    ("about 60%", "of offenders were someone the child already knew"),
    ("almost 1 in 3", "children subjected to online abuse told no one about it"),
    ("3%", "of those children called a helpline, and 3% went to the police"),
    source="Disrupting Harm, phase one (13 countries)",
)

DH_GENERIC_NOTES = [
    "The national report for {country} sets out recommendations for government, law "
    "enforcement, social services, the technology industry and caregivers, each grounded in what "
    "children and professionals in {country} described.",
    "In {country}, the research brings together children's own accounts, information from law "
    "enforcement and the experience of frontline workers, giving ministries and services a "
    "shared baseline to plan from.",
    "The report for {country} is written to be used: each recommendation names the institutions "
    "best placed to act on it, so that follow-up can be tracked over time.",
]


@dataclass(frozen=True)
class DisruptingHarmCountry:
    iso_code: str
    name: str
    image: str
    note: str = ""
    figure: tuple[str, str] | None = None
    extra_tags: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()
    article: str = ""  # "the" for names that take one in a sentence

    @property
    def prose_name(self):
        return f"{self.article} {self.name}".strip()


POLICY_UPTAKE_DATE = date(2023, 7, 3)

DH_PHASE_1_COUNTRIES = [
    DisruptingHarmCountry("KH", "Cambodia", "constellation"),
    DisruptingHarmCountry(
        "ID",
        "Indonesia",
        "evidence",
        note="Indonesia used the Disrupting Harm recommendations to help shape a national "
        "roadmap on child online protection, and to update the standards and training used by "
        "child protection services that work across sectors. The findings also informed an "
        "online platform that helps children learn about violence and how to stay safe online.",
        extra_tags=(PREVENTION,),
        updates=(
            Update(
                "Findings shared with national child protection services",
                date(2022, 4, 11),
                "The Indonesia findings were presented to the agencies responsible for child "
                "protection.",
                "<p>The partners walked government and service providers through the survey "
                "results and the recommendations that concern them, and agreed how progress "
                "would be followed up.</p>",
                (POLICY, DATA_EVIDENCE),
            ),
            Update(
                "Recommendations shape a national roadmap",
                POLICY_UPTAKE_DATE,
                "Indonesia's national roadmap on child online protection draws on Disrupting Harm.",
                "<p>The roadmap sets the direction for government work on children's safety "
                "online. The recommendations also fed into updated standards and training for "
                "child protection services that work across sectors.</p>",
                (POLICY,),
            ),
        ),
    ),
    DisruptingHarmCountry(
        "MY",
        "Malaysia",
        "evidence",
        note="Following the Disrupting Harm recommendations, Malaysia amended its legislation to "
        "make sexual extortion and the live-streaming of child sexual abuse criminal offences, "
        "closing gaps that had made these crimes hard to prosecute.",
        extra_tags=(SEXUAL_EXTORTION, LIVE_STREAMING),
        updates=(
            Update(
                "Findings presented to policy makers",
                date(2022, 3, 21),
                "The partners briefed ministries and parliamentarians on the Malaysia findings.",
                "<p>The briefing focused on the legal gaps the research had identified, "
                "including forms of abuse that existing offences did not clearly cover.</p>",
                (POLICY,),
            ),
            Update(
                "Justice professionals' experience in the research",
                date(2022, 6, 6),
                "Interviews with justice professionals form part of the Malaysia findings.",
                "<p>Prosecutors and investigators described how cases of online abuse move "
                "through the system. Their experience sits alongside children's accounts in the "
                "analysis of the legal response.</p>",
                (POLICY, SEXUAL_EXTORTION),
            ),
            Update(
                "Sexual extortion and live-streamed abuse become criminal offences",
                POLICY_UPTAKE_DATE,
                "Malaysia's amended law follows Disrupting Harm recommendations.",
                "<p>The amendments make sexual extortion and the live-streaming of child sexual "
                "abuse criminal offences, which makes it easier to prosecute these crimes. It is "
                "one of the clearest examples so far of the research turning into law.</p>",
                (POLICY, SEXUAL_EXTORTION, LIVE_STREAMING),
            ),
        ),
    ),
    DisruptingHarmCountry(
        "PH",
        "Philippines",
        "constellation",
        article="the",
        note="The Philippines recorded the highest rate of the thirteen countries in the first "
        "phase. The national report gives government, services and the companies whose platforms "
        "children use a detailed picture of where harm happens and where support is missing.",
        figure=(
            "20%",
            "of internet-using children surveyed had been subjected to online sexual "
            "exploitation and abuse in the past year",
        ),
        extra_tags=(LIVE_STREAMING,),
    ),
    DisruptingHarmCountry("TH", "Thailand", "evidence"),
    DisruptingHarmCountry(
        "VN",
        "Viet Nam",
        "constellation",
        note="Viet Nam recorded the lowest rate of the thirteen countries in the first phase. "
        "Even a low rate means many children affected, and the recommendations still address "
        "how children can find help when they need it.",
        figure=(
            "1%",
            "of internet-using children surveyed had been subjected to online sexual "
            "exploitation and abuse in the past year",
        ),
    ),
    DisruptingHarmCountry("ET", "Ethiopia", "evidence"),
    DisruptingHarmCountry(
        "KE",
        "Kenya",
        "constellation",
        extra_tags=(USER_REPORTING,),
        updates=(
            Update(
                "Conversations with frontline workers",
                date(2021, 3, 15),
                "Social workers, police and justice professionals in Kenya shared their "
                "experience of handling cases.",
                "<p>Frontline professionals described what happens when a child reports online "
                "abuse: who they tell first, how cases are referred and where they stall. These "
                "accounts sit alongside the household survey in the national report.</p>",
                (DATA_EVIDENCE, TRAUMA_INFORMED),
            ),
            Update(
                "Kenya report and recommendations published",
                date(2022, 2, 14),
                "The national report sets out what children in Kenya experience online and what "
                "each part of the system can do.",
                "<p>Recommendations are addressed to government, law enforcement, social "
                "services, industry and caregivers, including how children's reports are "
                "received and acted on.</p>",
                (USER_REPORTING, POLICY),
            ),
        ),
    ),
    DisruptingHarmCountry("MZ", "Mozambique", "evidence"),
    DisruptingHarmCountry("NA", "Namibia", "constellation"),
    DisruptingHarmCountry("ZA", "South Africa", "evidence"),
    DisruptingHarmCountry(
        "TZ",
        "Tanzania",
        "constellation",
        note="In Tanzania, the insights and recommendations were built into education and "
        "training materials produced by the Ministry of Health, so that health workers are better "
        "prepared when a child discloses abuse that began online.",
        extra_tags=(TRAUMA_INFORMED,),
        updates=(
            Update(
                "Findings shared with health and social welfare professionals",
                date(2022, 5, 9),
                "The Tanzania findings were presented to the people who first meet children "
                "after abuse.",
                "<p>Health and social welfare professionals are often the first adults a child "
                "tells. The session looked at what the research says about their role and the "
                "training they asked for.</p>",
                (TRAUMA_INFORMED, HELP_SEEKING),
            ),
            Update(
                "Recommendations built into Ministry of Health training",
                POLICY_UPTAKE_DATE,
                "Disrupting Harm insights now feature in Ministry of Health education and "
                "training materials.",
                "<p>The materials help health workers recognise online sexual exploitation and "
                "abuse and respond to children in a way that does not add to the harm.</p>",
                (TRAUMA_INFORMED, POLICY),
            ),
        ),
    ),
    DisruptingHarmCountry("UG", "Uganda", "evidence"),
]

DH_PHASE_2_COUNTRIES = [
    DisruptingHarmCountry("AM", "Armenia", "constellation"),
    DisruptingHarmCountry(
        "BR",
        "Brazil",
        "evidence",
        updates=(
            Update(
                "Research under way in Brazil",
                date(2023, 10, 16),
                "National partners have begun preparing the Brazil research.",
                "<p>The partners are adapting the survey instruments and the interview guides "
                "for Brazil, working with national experts to make sure the questions fit how "
                "children there use the internet.</p>",
                (DATA_EVIDENCE,),
            ),
            Update(
                "Household survey fieldwork completed",
                date(2024, 9, 9),
                "Interviewers have finished the household survey of children and caregivers.",
                "<p>With fieldwork complete, analysis begins. Interviews with frontline workers "
                "and justice professionals continue alongside it.</p>",
                (DATA_EVIDENCE,),
            ),
        ),
    ),
    DisruptingHarmCountry("CO", "Colombia", "constellation"),
    DisruptingHarmCountry("DO", "Dominican Republic", "evidence", article="the"),
    DisruptingHarmCountry("JO", "Jordan", "constellation"),
    DisruptingHarmCountry("ME", "Montenegro", "evidence"),
    DisruptingHarmCountry("MA", "Morocco", "constellation"),
    DisruptingHarmCountry("MK", "North Macedonia", "evidence"),
    DisruptingHarmCountry("PK", "Pakistan", "constellation"),
    DisruptingHarmCountry("RS", "Serbia", "evidence"),
    DisruptingHarmCountry("TN", "Tunisia", "constellation"),
]


def disrupting_harm_phase_1(country: DisruptingHarmCountry, index: int, grant_usd: int):
    note = country.note or DH_GENERIC_NOTES[index % len(DH_GENERIC_NOTES)]
    body = [
        heading("About the research"),
        DH_METHOD,
        DH_PHASE_1_FIGURES,
        heading(f"In {country.prose_name}"),
        paragraph(note.format(country=country.prose_name)),
    ]
    if country.figure:
        body.append(figures(country.figure, source=f"Disrupting Harm in {country.prose_name}"))
    body.append(
        paragraph(
            "The grant amount shown is an even share of the US$7 million Safe Online invested in "
            "2019 in the first phase, which covered thirteen countries in South-East Asia and "
            "Eastern and Southern Africa."
        )
    )
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_1,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        grant_usd=grant_usd,
        start=date(2019, 10, 1),
        end=date(2022, 6, 30),
        image=country.image,
        summary=f"National evidence on how children in {country.prose_name} are exposed to online "
        "sexual exploitation and abuse, how they seek help, and how well the national system "
        "responds.",
        body=tuple(body),
        outputs=(
            Output(f"Disrupting Harm in {country.prose_name}", "report", DISRUPTING_HARM_URL, 2022),
        ),
        contacts=(DH_CONTACT,),
        tags=(DATA_EVIDENCE, POLICY, HELP_SEEKING, *country.extra_tags)[:5],
        updates=country.updates,
        website=DISRUPTING_HARM_URL,
    )


def disrupting_harm_phase_2(country: DisruptingHarmCountry, index: int, grant_usd: int):
    note = DH_GENERIC_NOTES[index % len(DH_GENERIC_NOTES)]
    body = (
        heading("The second phase"),
        paragraph(
            "In 2023 Disrupting Harm expanded to eleven more countries, reaching four new regions. "
            "ECPAT International, INTERPOL and UNICEF Innocenti carry out the research between "
            "2023 and 2025 with UNICEF country offices, ECPAT member organisations, national "
            "police and INTERPOL National Central Bureaus, government institutions and "
            "independent national experts.",
        ),
        heading("How the research works"),
        DH_METHOD,
        heading(f"In {country.prose_name}"),
        paragraph(
            note.format(country=country.prose_name),
            f"The research is designed to end with an evidence-informed national action plan "
            f"that helps {country.prose_name} strengthen prevention and response.",
        ),
        paragraph(
            "The grant amount shown is an even share of the US$7.5 million Safe Online committed "
            "to the second phase."
        ),
    )
    return Project(
        title=f"Disrupting Harm: {country.name}",
        slug=f"disrupting-harm-{country.iso_code.lower()}",
        programme=DISRUPTING_HARM,
        funding_round=DH_PHASE_2,
        lead=ECPAT,
        partners=(INTERPOL, UNICEF_INNOCENTI),
        countries=(country.iso_code,),
        grant_usd=grant_usd,
        start=date(2023, 3, 1),
        end=date(2025, 12, 31),
        image=country.image,
        summary=f"Second-phase Disrupting Harm research in {country.prose_name}: national "
        "evidence on online sexual exploitation and abuse of children, leading to a national "
        "action plan.",
        body=body,
        outputs=(
            Output(f"Disrupting Harm in {country.prose_name}", "report", DISRUPTING_HARM_URL),
        ),
        contacts=(DH_CONTACT,),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
        updates=country.updates,
        website=DISRUPTING_HARM_URL,
    )


DISRUPTING_HARM_PROJECTS = [
    *(
        disrupting_harm_phase_1(country, index, grant)
        for index, (country, grant) in enumerate(
            zip(
                DH_PHASE_1_COUNTRIES,
                split_evenly(DH_PHASE_1_TOTAL_USD, len(DH_PHASE_1_COUNTRIES)),
                strict=True,
            )
        )
    ),
    *(
        disrupting_harm_phase_2(country, index, grant)
        for index, (country, grant) in enumerate(
            zip(
                DH_PHASE_2_COUNTRIES,
                split_evenly(DH_PHASE_2_TOTAL_USD, len(DH_PHASE_2_COUNTRIES)),
                strict=True,
            )
        )
    ),
]


# --- Generative AI round, Tech Solutions and Networks & Systems --------------------------------

GENERATIVE_AI_PROJECTS = [
    Project(
        title="What generative AI means for the review of abuse material",
        slug="generative-ai-content-review",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Lumen Trust & Safety Lab",
        countries=("US",),
        grant_usd=160_000,
        start=date(2025, 1, 15),
        end=date(2026, 6, 30),
        image="glow",
        illustrative=True,
        summary="A study of how synthetic imagery is changing the work of content review teams, "
        "from triage and prioritisation to the wellbeing of the people doing the reviewing.",
        body=(
            heading("A new volume problem"),
            paragraph(
                "Generative models make it possible to produce abuse imagery without a camera, "
                "and to produce a great deal of it. Review teams have to decide quickly whether "
                "an image shows a real child who may need safeguarding, and existing hash-based "
                "tools only recognise material that has been seen before.",
            ),
            heading("What the project examined"),
            bullets(
                "Working with trust and safety teams, the researchers looked at:",
                [
                    "how synthetic material is reaching review queues and how it is labelled;",
                    "which triage rules help teams put real children first;",
                    "how the work affects reviewers, and what support they need.",
                ],
            ),
        ),
        outputs=(
            Output("Guidance for review teams on synthetic imagery", "tool", SAFE_ONLINE_URL, 2026),
        ),
        contacts=(team("Lumen Trust & Safety Lab"),),
        tags=(GENERATIVE_AI, DETECTION, MODERATOR_WELLBEING),
        updates=(
            Update(
                "Interviews with review teams begin",
                date(2025, 4, 7),
                "Researchers have started interviewing trust and safety teams about synthetic "
                "imagery.",
                "<p>The interviews cover how teams currently identify synthetic material, how "
                "they decide what to escalate and what has changed in their workload.</p>",
                (GENERATIVE_AI, DETECTION),
            ),
            Update(
                "Triage guidance published",
                date(2026, 6, 22),
                "The project has published practical guidance on triaging synthetic imagery.",
                "<p>The guidance focuses on decisions teams can make today, with existing "
                "tools, to make sure material that may show a real child is seen first.</p>",
                (GENERATIVE_AI, MODERATOR_WELLBEING),
            ),
        ),
    ),
    Project(
        title="Nudification apps and peer-to-peer abuse among adolescents",
        slug="nudification-peer-abuse",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Northgate Centre for Digital Childhood",
        partners=("Kilima Youth Online Safety Network",),
        countries=("GB", "KE"),
        grant_usd=150_000,
        start=date(2025, 2, 1),
        end=date(2027, 1, 31),
        image="ripples",
        illustrative=True,
        summary="Research with teenagers in two countries on how AI tools that fabricate nude "
        "images are used against peers, and what schools and platforms can do about it.",
        body=(
            heading("When the harm comes from classmates"),
            paragraph(
                "Apps that turn an ordinary photo into a fake nude image are easy to find. When "
                "young people use them against each other, the harm is real even though the "
                "image is not, and the usual responses designed for adult offenders fit poorly.",
            ),
            paragraph(
                "The project works with young people, teachers and platform staff to understand "
                "how these images spread, how the young people targeted want to be supported, and "
                "which reporting and removal routes they trust.",
            ),
        ),
        contacts=(team("Northgate Centre for Digital Childhood"),),
        tags=(GENERATIVE_AI, PEER_ABUSE, PREVENTION, USER_REPORTING),
    ),
    Project(
        title="Young people's views on safety features in generative AI tools",
        slug="youth-views-generative-ai",
        programme=RESEARCH_FUND,
        funding_round=GENERATIVE_AI_ROUND,
        lead="Kilima Youth Online Safety Network",
        countries=("KE",),
        grant_usd=140_000,
        start=date(2025, 3, 1),
        end=date(2026, 12, 31),
        image="conversation",
        illustrative=True,
        summary="A youth-led project asking young people in Kenya how they use chatbots and image "
        "generators, where they have felt unsafe, and which safety features they would design.",
        body=(
            heading("Designing with young people, not for them"),
            paragraph(
                "Young researchers lead workshops with their peers, exploring everyday uses of "
                "generative AI and the moments when a conversation with a chatbot, or a request "
                "from a stranger, started to feel wrong.",
                "The project will finish with design principles for companies building these "
                "tools, written with the young people who took part.",
            ),
        ),
        contacts=(team("Kilima Youth Online Safety Network"),),
        tags=(GENERATIVE_AI, GROOMING, PREVENTION),
    ),
]

TECH_SOLUTIONS_PROJECTS = [
    Project(
        title="Privacy-preserving age assurance for smaller platforms",
        slug="privacy-preserving-age-assurance",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="Open Age Check Initiative",
        countries=("GB",),
        grant_usd=200_000,
        start=date(2024, 1, 15),
        end=date(2025, 6, 30),
        image="shelter",
        illustrative=True,
        summary="An open-source toolkit that lets smaller platforms check whether a user is "
        "likely to be a child without collecting identity documents.",
        body=(
            heading("Age assurance without an identity check"),
            paragraph(
                "Large platforms can build their own age assurance; smaller ones often cannot, "
                "and the cheapest options tend to collect more personal data than they need. The "
                "toolkit combines several light-touch signals and keeps the data on the user's "
                "device wherever possible.",
            ),
            paragraph(
                "The grant was part of the Tech Solutions investment in age assurance and "
                "live-streamed abuse, which directed US$2 million to ten projects.",
            ),
        ),
        outputs=(Output("Open-source age assurance toolkit", "tool", SAFE_ONLINE_URL, 2025),),
        contacts=(team("Open Age Check Initiative"),),
        tags=(AGE_ASSURANCE, PREVENTION, POLICY),
        updates=(
            Update(
                "Toolkit prototype tested with community platforms",
                date(2024, 7, 1),
                "The first version of the toolkit was tried out on community platforms.",
                "<p>Testing focused on how often the toolkit asked users for more information "
                "and how easy it was for the platform to set up.</p>",
                (AGE_ASSURANCE,),
            ),
            Update(
                "Toolkit released under an open licence",
                date(2025, 6, 16),
                "The age assurance toolkit is now available for any platform to use.",
                "<p>The release includes documentation for developers and a plain-language "
                "guide to what the toolkit does and does not do with users' data.</p>",
                (AGE_ASSURANCE, PREVENTION),
            ),
        ),
    ),
    Project(
        title="Detecting live-streamed abuse in real time",
        slug="live-stream-detection",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="StreamSafe Technologies",
        countries=("IN", "PH"),
        grant_usd=200_000,
        start=date(2024, 2, 1),
        end=date(2026, 12, 31),
        image="network",
        illustrative=True,
        summary="Tools that help video platforms spot signs of live-streamed child sexual abuse "
        "while a stream is running, so that it can be interrupted rather than reported later.",
        body=(
            heading("Acting while it matters"),
            paragraph(
                "Live-streamed abuse leaves little behind once a stream ends. The project "
                "develops signals that can be checked during a broadcast, combining account "
                "behaviour and stream metadata so that a human reviewer is alerted in time.",
            ),
        ),
        contacts=(team("StreamSafe Technologies"),),
        tags=(LIVE_STREAMING, DETECTION, OFFENDER_BEHAVIOUR),
    ),
    Project(
        title="Open-source case management for child helplines",
        slug="helpline-case-management",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2023,
        lead="Linha Segura Helpline Collective",
        countries=("BR",),
        grant_usd=200_000,
        start=date(2024, 3, 1),
        end=date(2027, 2, 28),
        image="dawn",
        illustrative=True,
        summary="A shared case management system that lets child helplines take contacts by "
        "chat and messaging apps as well as by phone, and refer online abuse cases safely.",
        body=(
            heading("Meeting children where they are"),
            paragraph(
                "Few children pick up the phone to report online abuse. Helplines that can "
                "respond by chat and messaging apps are easier to reach, but the software is "
                "expensive. This project builds an open-source alternative with the counsellors "
                "who will use it.",
            ),
        ),
        contacts=(team("Linha Segura Helpline Collective"),),
        tags=(HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED),
    ),
    Project(
        title="Accessible reporting designed with children with intellectual disabilities",
        slug="accessible-reporting-disabilities",
        programme=TECH_SOLUTIONS,
        funding_round=TECH_SOLUTIONS_2026,
        lead="Inclusive Safety Design Studio",
        countries=("KE",),
        grant_usd=180_000,
        start=date(2027, 2, 1),
        end=date(2028, 7, 31),
        image="ripples",
        illustrative=True,
        summary="A planned project to co-design reporting tools and safety prompts that work for "
        "children with intellectual disabilities, and to publish them for any platform to adopt.",
        body=(
            heading("Reporting that works for every child"),
            paragraph(
                "Reporting flows usually assume a child can read a long menu of categories and "
                "explain what happened in writing. The project will work with children with "
                "intellectual disabilities, their families and teachers to design simpler, "
                "picture-led alternatives.",
            ),
        ),
        contacts=(team("Inclusive Safety Design Studio"),),
        tags=(DISABILITY, USER_REPORTING, PREVENTION),
    ),
]

NETWORKS_AND_SYSTEMS_PROJECTS = [
    Project(
        title="Safe Digital Futures for Children: Data for Change",
        slug="data-for-change",
        programme=NETWORKS_AND_SYSTEMS,
        funding_round="Data and evidence investment (2023)",
        lead=SAFE_ONLINE,
        partners=(COPL, WEPROTECT),
        countries=("FR", "GB"),
        grant_usd=None,
        start=date(2023, 1, 9),
        end=None,
        image="evidence",
        summary="A community of data specialists from government, industry, civil society and "
        "research, working to make data on online child sexual exploitation and abuse easier to "
        "trust, compare and combine.",
        body=(
            heading("Why data needs a community"),
            paragraph(
                "Police, researchers, companies and service providers each collect information "
                "about online abuse, but for different purposes and in different forms. Without "
                "shared definitions and ways of working, the numbers cannot be put side by side "
                "and much of the problem stays out of sight.",
                "Data for Change brings these groups together to agree common ground: "
                "definitions, ethical principles, governance and the infrastructure needed to "
                "share safely.",
            ),
            figures(
                ("50+", "experts at the Paris workshop in November 2023"),
                ("40+", "experts at the two-day London workshop in October 2024"),
                source="Safe Online",
            ),
            paragraph(
                "In 2023 Safe Online committed a further US$5.5 million to data and evidence, "
                "building on what earlier funding rounds had learned.",
            ),
        ),
        contacts=(Contact("Data for Change team", "Convenors", SAFE_ONLINE),),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
        updates=(
            Update(
                "Paris workshop brings together more than 50 experts",
                date(2023, 11, 20),
                "The second Data for Change workshop met in Paris with the Children Online "
                "Protection Lab and WeProtect Global Alliance.",
                "<p>Participants looked at how much data on online abuse exists, how good it "
                "is, and what a more joined-up data ecosystem would need. Inclusion of groups "
                "that are rarely represented in these discussions was named as an immediate "
                "priority.</p>",
                (DATA_EVIDENCE,),
            ),
            Update(
                "London technical workshop focuses on data governance",
                date(2024, 10, 14),
                "Over two days in London, more than 40 experts worked on shared approaches to "
                "data.",
                "<p>Government, technology companies, civil society and academia were all "
                "represented. Much of the discussion concerned governance: who can hold which "
                "data, under what agreements, and how to make it useful to others.</p>",
                (DATA_EVIDENCE, POLICY),
            ),
        ),
    ),
]

PROJECTS = [
    *RESEARCH_FUND_PROJECTS,
    *DISRUPTING_HARM_PROJECTS,
    *GENERATIVE_AI_PROJECTS,
    *TECH_SOLUTIONS_PROJECTS,
    *NETWORKS_AND_SYSTEMS_PROJECTS,
]


# --- Insight briefs ---------------------------------------------------------------------------

TECH_INDUSTRY = "tech-industry"
RESEARCHERS = "researchers"
POLICY_MAKERS = "policy-makers"
PRACTITIONERS = "practitioners"


@dataclass(frozen=True)
class Finding:
    headline: str
    detail: str = ""
    figure: str = ""


@dataclass(frozen=True)
class Insight:
    title: str
    slug: str
    date: date
    summary: str
    image: str
    findings: tuple[Finding, ...]
    recommendations: tuple[tuple[str, str], ...]  # (audience, rich text HTML)
    body: tuple[dict, ...] = ()
    projects: tuple[str, ...] = ()  # project slugs
    tags: tuple[str, ...] = ()


def dh_slugs(countries):
    return tuple(f"disrupting-harm-{country.iso_code.lower()}" for country in countries)


INSIGHTS = [
    Insight(
        title="What thirteen national surveys tell us about online abuse of children",
        slug="what-thirteen-national-surveys-show",
        date=date(2023, 2, 14),
        image="evidence",
        summary="Disrupting Harm asked internet-using children and their caregivers in thirteen "
        "countries about online sexual exploitation and abuse. Rates varied widely from country "
        "to country, but one pattern held throughout: the harm is most often done by someone the "
        "child already knows.",
        findings=(
            Finding(
                "Between 1% and 20% of internet-using children surveyed had been abused in the "
                "past year",
                "Rates ranged from 1% in Viet Nam to 20% in the Philippines. Applied to a "
                "national population, even the lowest figure means a great many children.",
                "1% to 20%",
            ),
            Finding(
                "Most offenders were someone the child already knew",
                "In about 60% of cases the person responsible was known to the child, such as a "
                "family member, friend or acquaintance, rather than a stranger met online.",
                "about 60%",
            ),
            Finding(
                "Online and offline abuse cannot be treated separately",
                "Because offenders are so often part of a child's everyday life, prevention that "
                "focuses only on strangers on the internet misses much of the harm.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Design safety features on the assumption that risk can come from inside a "
                "child's existing network, not only from strangers. Check which protections "
                "switch off once two accounts are connected.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Base national plans on nationally representative evidence of what children "
                "experience. Use the Disrupting Harm country reports as a baseline and track "
                "progress against their recommendations.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Make sure safeguarding training covers online contact with people the child "
                "knows, and that staff do not treat online abuse as a stranger-only problem.</p>",
            ),
        ),
        body=(
            heading("Where the figures come from"),
            paragraph(
                "The first phase of Disrupting Harm, funded by Safe Online in 2019, ran in "
                "Cambodia, Indonesia, Malaysia, the Philippines, Thailand and Viet Nam, and in "
                "Ethiopia, Kenya, Mozambique, Namibia, South Africa, Tanzania and Uganda. Each "
                "country study combined a household survey of children and caregivers with "
                "research among police, frontline workers and young survivors.",
            ),
            call_to_action(
                "Explore the data",
                "Country-by-country findings from the first phase of Disrupting Harm.",
                url=DISRUPTING_HARM_INSIGHTS_URL,
                button_label="Disrupting Harm data",
            ),
        ),
        projects=dh_slugs(DH_PHASE_1_COUNTRIES),
        tags=(DATA_EVIDENCE, POLICY, PREVENTION),
    ),
    Insight(
        title="Why children stay silent, and how to make help easier to reach",
        slug="why-children-stay-silent",
        date=date(2023, 5, 9),
        image="conversation",
        summary="Many children who experience online sexual exploitation and abuse never tell "
        "anyone, and very few use formal reporting routes. This brief looks at what the "
        "Disrupting Harm figures mean for the design of reporting and support.",
        findings=(
            Finding(
                "Almost one in three children who were abused told no one",
                "Not a parent, a friend or a teacher. For these children, no service could have "
                "responded, because nobody knew.",
                "almost 1 in 3",
            ),
            Finding(
                "Only 3% called a helpline, and 3% went to the police",
                "Formal channels were used by a small minority of the children affected, even "
                "where those services existed.",
                "3%",
            ),
            Finding(
                "Reporting routes have to meet children where they are",
                "If children do not come to services, services and platforms have to make it "
                "simpler and safer to speak up in the places children already spend time.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<ul><li>Make in-app reporting short, written for children and reachable from "
                "the conversation itself.</li><li>Acknowledge every report and tell the child "
                "what happens next.</li></ul>",
            ),
            (
                PRACTITIONERS,
                "<p>Offer chat and messaging contact alongside phone lines, and train staff to "
                "respond to disclosures of online abuse without blame.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Fund child helplines sustainably and make police reporting processes "
                "child-friendly, so that the children who do come forward are not put off.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Study why children choose not to tell, and test which reporting designs "
                "change that, with children involved in the research.</p>",
            ),
        ),
        body=(
            heading("Silence is the norm, not the exception"),
            paragraph(
                "The figures come from the thirteen countries in the first phase of Disrupting "
                "Harm. They describe children who had already experienced abuse, which makes "
                "their silence more striking: the help on offer was not help they felt able to "
                "use.",
            ),
        ),
        projects=(
            "disrupting-harm-ke",
            "disrupting-harm-tz",
            "disrupting-harm-ph",
            "disrupting-harm-vn",
            "grooming-prevention-hong-kong",
            "helpline-case-management",
        ),
        tags=(HELP_SEEKING, USER_REPORTING, TRAUMA_INFORMED),
    ),
    Insight(
        title="From evidence to law: how Disrupting Harm changed policy",
        slug="from-evidence-to-law",
        date=date(2024, 4, 23),
        image="horizon",
        summary="Several first-phase countries have acted on Disrupting Harm recommendations, "
        "from new criminal offences in Malaysia to national training in Tanzania. This brief "
        "looks at what made the evidence usable by governments.",
        findings=(
            Finding(
                "Malaysia made sexual extortion and live-streamed child sexual abuse crimes",
                "The legal amendments followed Disrupting Harm recommendations and make these "
                "crimes easier to prosecute.",
            ),
            Finding(
                "Indonesia built the findings into its national roadmap",
                "The recommendations helped shape the national roadmap on child online "
                "protection and revised standards and training for child protection services.",
            ),
            Finding(
                "Tanzania's Ministry of Health used the insights in its training",
                "Education and training materials for health workers now draw on the research.",
            ),
            Finding(
                "The model is now being applied in eleven more countries",
                "The second phase, backed by US$7.5 million, covers countries in four further "
                "regions.",
                "11 countries",
            ),
        ),
        recommendations=(
            (
                POLICY_MAKERS,
                "<p>Name the ministry or agency responsible for each recommendation in a national "
                "report, and review progress publicly.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Involve the institutions that will act on the findings from the start of the "
                "research, so that recommendations fit how they work.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Use national findings to argue for training and resources; concrete local "
                "evidence carries more weight than global estimates.</p>",
            ),
        ),
        body=(
            heading("Why these countries moved"),
            paragraph(
                "Disrupting Harm was designed with national governments and services, not just "
                "about them. Local evidence, produced with the institutions that would have to "
                "act on it, made the recommendations difficult to set aside.",
            ),
        ),
        projects=(
            "disrupting-harm-my",
            "disrupting-harm-id",
            "disrupting-harm-tz",
            "disrupting-harm-br",
            "disrupting-harm-co",
        ),
        tags=(POLICY, DATA_EVIDENCE, SEXUAL_EXTORTION, LIVE_STREAMING),
    ),
    Insight(
        title="Looking after the people who review abuse material",
        slug="looking-after-content-reviewers",
        date=date(2023, 9, 5),
        image="glow",
        summary="Content moderators and hotline analysts carry some of the heaviest work in child "
        "protection. This brief sets out why their wellbeing matters for children's safety and "
        "what employers can do.",
        findings=(
            Finding(
                "Wellbeing is a safety issue, not only a staff benefit",
                "Reviewers who are exhausted or distressed find it harder to make consistent "
                "decisions, so protecting them also protects children.",
            ),
            Finding(
                "Support has to match how the work is organised",
                "Counselling offered after the event cannot make up for rotas, targets and tools "
                "that ignore how exposure builds up over time.",
            ),
            Finding(
                "Hotlines and companies face the same pressures",
                "Analysts in hotlines and moderators in companies review the same kinds of "
                "material, which is why the Invisible Risks study worked with INHOPE to include "
                "both.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Give reviewers control over the pace of their work, build regular debriefs "
                "into the rota and use tools that blur or grey out material by default.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Hotlines can share wellbeing practices across their network, so that smaller "
                "teams benefit from what larger ones have learned.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Follow reviewers over time, and include outsourced moderation staff, whose "
                "conditions are least studied.</p>",
            ),
        ),
        projects=("invisible-risks", "generative-ai-content-review"),
        tags=(MODERATOR_WELLBEING, TRAUMA_INFORMED),
    ),
    Insight(
        title="Spotting grooming early: what language-based research offers platforms",
        slug="spotting-grooming-early",
        date=date(2024, 10, 15),
        image="paths",
        summary="Several Research Fund projects study the language of grooming, in English and "
        "Spanish. Together they suggest how platforms can detect grooming earlier and how "
        "children can be helped to recognise it.",
        findings=(
            Finding(
                "Grooming is a process, not a single message",
                "Projects such as N-Light and DRAGON model the stages of a conversation, which "
                "gives platforms a chance to act before sexual content appears.",
            ),
            Finding(
                "Detection has to work beyond English",
                "Work at Universidad de los Andes and DRAGON's Spanish strand address languages "
                "where fewer tools exist.",
            ),
            Finding(
                "Moderators need to see why a conversation was flagged",
                "An alert that explains itself is easier to check, faster to act on and easier "
                "to improve.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Look at conversation-level signals, not just individual messages, and make "
                "sure every automated alert shows the reviewer the evidence behind it.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Publish annotation frameworks so that results can be compared across "
                "languages and platforms.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Teach children the patterns of grooming, such as secrecy, flattery and moving "
                "to a private app, rather than only warning them about strangers.</p>",
            ),
        ),
        projects=(
            "n-light",
            "n-light-deployment",
            "ai-offender-victim-interactions",
            "dragon",
            "grooming-prevention-hong-kong",
        ),
        tags=(GROOMING, DETECTION, PREVENTION),
    ),
    Insight(
        title="Following the money: financial signals of exploitation",
        slug="following-the-money",
        date=date(2025, 2, 18),
        image="network",
        summary="Much online sexual exploitation of children involves payment. This brief looks "
        "at what payment data can reveal, and at the safeguards needed before it is used.",
        findings=(
            Finding(
                "Payments connect many forms of exploitation",
                "Live-streamed abuse and sexual extortion usually involve money changing hands, "
                "which gives payment providers a view that content moderators do not have.",
            ),
            Finding(
                "Signals are strongest when combined",
                "A transaction that looks ordinary to one provider can be telling alongside "
                "information held by a platform, but combining data needs legal and ethical "
                "safeguards.",
            ),
            Finding(
                "The law is catching up",
                "Malaysia's decision to criminalise sexual extortion and live-streamed abuse "
                "shows how legal change can support detection and prosecution.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Payment providers and platforms should agree how exploitation signals can be "
                "shared lawfully, and test them on closed cases first.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Make sure the law covers sexual extortion and live-streamed abuse explicitly, "
                "and give financial intelligence units a clear role.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Evaluate false-positive rates carefully: a payment signal that wrongly flags "
                "ordinary users will not survive contact with practice.</p>",
            ),
        ),
        projects=("detecting-csea-payments", "osec-philippines", "disrupting-harm-my"),
        tags=(FINANCIAL_SIGNALS, SEXUAL_EXTORTION, LIVE_STREAMING, DETECTION),
    ),
    Insight(
        title="Reaching people at risk of offending before a child is harmed",
        slug="reaching-people-at-risk-of-offending",
        date=date(2025, 4, 8),
        image="signal",
        summary="Prevention does not only mean protecting children; it also means reaching the "
        "people who might harm them. This brief draws on Research Fund projects in Finland, "
        "Germany and Colombia.",
        findings=(
            Finding(
                "Anonymous surveys reach people other research cannot",
                "Protect Children's surveys on dark-web search engines gave prevention work "
                "direct evidence from the people it is trying to reach.",
            ),
            Finding(
                "Deterrence messages should offer a way out",
                "A warning that only threatens may push people away from help; RAPPID is testing "
                "wording that points towards support.",
            ),
            Finding(
                "A referral is only as good as the service behind it",
                "Mapping available services in each language and country is a precondition for "
                "any help-seeking message.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Show deterrence messages at the point of search, and link them to an "
                "anonymous, confidential source of help in the user's language.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Fund confidential support for people worried about their own sexual thoughts "
                "or behaviour towards children, as part of national prevention plans.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Work with prevention services to agree referral routes, so that a person who "
                "asks for help is not turned away.</p>",
            ),
        ),
        projects=("offender-focused-prevention", "rappid", "help-seeking-colombia"),
        tags=(PREVENTION, OFFENDER_BEHAVIOUR, HELP_SEEKING),
    ),
    Insight(
        title="Generative AI and child safety: early lessons for industry",
        slug="generative-ai-early-lessons",
        date=date(2026, 9, 22),
        image="glow",
        summary="Projects in the Research Fund's generative AI round are looking at synthetic "
        "abuse imagery, harm between peers and young people's own ideas for safer tools. Their "
        "early lessons are already relevant to product teams.",
        findings=(
            Finding(
                "Review teams must put real children first",
                "With synthetic imagery in the queue, triage rules need to bring forward "
                "material that may show a child in need of safeguarding.",
            ),
            Finding(
                "Some of the harm comes from peers",
                "Tools that fabricate nude images are also used by young people against "
                "classmates, which calls for responses built for children, not adult offenders.",
            ),
            Finding(
                "Young people want a say in safety design",
                "Young people have clear views about the safety features they would trust, and "
                "are rarely asked.",
            ),
        ),
        recommendations=(
            (
                TECH_INDUSTRY,
                "<p>Build safeguards into generative tools before launch, block the creation of "
                "sexualised images of real people and test safety features with young users.</p>",
            ),
            (
                POLICY_MAKERS,
                "<p>Make sure the law treats synthetic sexual imagery of children as abuse "
                "material, and covers the tools designed to create it.</p>",
            ),
            (
                PRACTITIONERS,
                "<p>Give schools guidance on responding when pupils create or share fabricated "
                "images of each other, centred on the young person targeted.</p>",
            ),
            (
                RESEARCHERS,
                "<p>Share methods for studying generative AI harms safely, and include young "
                "people as co-researchers.</p>",
            ),
        ),
        projects=(
            "generative-ai-content-review",
            "nudification-peer-abuse",
            "youth-views-generative-ai",
        ),
        tags=(GENERATIVE_AI, PEER_ABUSE, DETECTION),
    ),
]


# --- Grantee stories --------------------------------------------------------------------------

PARAPHRASED = " (paraphrased)"


@dataclass(frozen=True)
class Story:
    title: str
    slug: str
    date: date
    intro: str
    image: str
    body: tuple[dict, ...]
    related_projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


STORIES = [
    Story(
        title="Researchers and industry in one room: the 2023 Research Fund convening",
        slug="research-fund-convening-2023",
        date=date(2023, 10, 16),
        image="network",
        intro="In September 2023, Research Fund grantees and trust and safety professionals "
        "spent a day in San Francisco working out how research findings can reach the products "
        "children use.",
        body=(
            paragraph(
                "The convening was held on 27 September, the day before the Stanford Trust & "
                "Safety Research Conference. It was designed around a simple idea: research on "
                "children's safety is most useful when the people who can act on it are in the "
                "room while it is discussed.",
            ),
            figures(
                ("45+", "participants"),
                ("11", "Research Fund grantees"),
                ("25", "representatives of technology companies"),
                source="Safe Online",
            ),
            heading("How the day ran"),
            paragraph(
                "A public panel of people from industry, independent experts and grantees "
                "opened the day, calling for more cross-sector collaboration and for more "
                "research from places and groups that are usually under-represented. Grantees "
                "then gave lightning presentations, followed by a marketplace where company "
                "staff could question researchers directly.",
                "In the afternoon, small groups worked through four themes: grooming, user "
                "reporting, prevention and wellness, and deterrence and offender behaviour.",
            ),
            quote(
                "Research on children's safety moves fastest when the people doing it are in "
                "regular conversation with the people who build and run the platforms.",
                "Amanda Third",
                "Young & Resilient Research Centre" + PARAPHRASED,
            ),
            heading("Four boost awards"),
            paragraph(
                "Marija Manojlovic, Safe Online's Executive Director, used the day to announce "
                "four boost awards of twelve months each, helping first-round grantees move "
                "their research towards pilots and technical collaboration.",
            ),
            quote(
                "The marketplace meant I could ask a researcher directly how a finding would "
                "change what my team does next week.",
                "A trust and safety professional who attended",
                "Technology company",
            ),
        ),
        related_projects=(
            "invisible-risks",
            "n-light",
            "ai-offender-victim-interactions",
            "offender-focused-prevention",
            "osec-philippines",
            "detecting-csea-payments",
        ),
        tags=(GROOMING, USER_REPORTING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Story(
        title="Making data work for children: reflections on Data for Change",
        slug="reflections-data-for-change",
        date=date(2023, 12, 12),
        image="evidence",
        intro="After the second Data for Change workshop in Paris, two members of the Safe Online "
        "team looked back on why better data on online abuse depends on people as much as "
        "numbers.",
        body=(
            paragraph(
                "The workshop, organised with the French Children Online Protection Lab and "
                "WeProtect Global Alliance, brought more than 50 specialists to Paris in November "
                "2023. It built on an earlier data initiative in 2021.",
            ),
            heading("Different sectors, different data"),
            paragraph(
                "Police, researchers and service providers all hold data about online abuse, but "
                "they collect it for different reasons. Investigators want evidence that leads to "
                "a child and an offender; academics care about samples and methods; programme "
                "staff need figures they can use for planning and advocacy.",
            ),
            quote(
                "Each sector needs something different from data. Our job is to build enough "
                "common language that those differences become a strength rather than a barrier.",
                "Serena Tommasino",
                "Safe Online" + PARAPHRASED,
            ),
            heading("More than datasets"),
            paragraph(
                "The team talks about a data ecosystem rather than data alone: the expertise, "
                "ethics, agreements, working relationships and technology that decide whether "
                "data can be used well. Shared governance arrangements for the field are still "
                "missing, and putting them in place is a long-term aim.",
            ),
            quote(
                "What matters is the whole system around the data, including the agreements and "
                "the trust between organisations, not just the numbers themselves.",
                "Natalie Shoup",
                "Safe Online" + PARAPHRASED,
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Story(
        title="When research becomes law",
        slug="when-research-becomes-law",
        date=date(2024, 5, 20),
        image="horizon",
        intro="Disrupting Harm set out to give governments evidence they could act on. In "
        "Malaysia, Indonesia and Tanzania, they did.",
        body=(
            paragraph(
                "When Safe Online invested US$7 million in Disrupting Harm in 2019, the aim was "
                "not only to measure online sexual exploitation and abuse in thirteen countries, "
                "but to change how those countries respond to it.",
            ),
            heading("Three examples"),
            bullets(
                "Several governments have since acted on the recommendations:",
                [
                    "<b>Malaysia</b> amended its law to make sexual extortion and the "
                    "live-streaming of child sexual abuse criminal offences.",
                    "<b>Indonesia</b> drew on the findings for its national roadmap on child "
                    "online protection.",
                    "<b>Tanzania</b> built the insights into education and training materials "
                    "from the Ministry of Health.",
                ],
            ),
            quote(
                "Evidence earns its place when it changes what governments and companies "
                "actually do, and national research done with the people who must act on it "
                "can do exactly that.",
                "Marija Manojlovic",
                "Executive Director, Safe Online" + PARAPHRASED,
            ),
            heading("What comes next"),
            paragraph(
                "A second phase, backed by US$7.5 million, has taken the research to Armenia, "
                "Brazil, Colombia, the Dominican Republic, Jordan, Montenegro, Morocco, North "
                "Macedonia, Pakistan, Serbia and Tunisia.",
            ),
            call_to_action(
                "Read the insight brief",
                "What made Disrupting Harm evidence usable by governments.",
                page="insights/from-evidence-to-law",
                button_label="Read the brief",
            ),
        ),
        related_projects=("disrupting-harm-my", "disrupting-harm-id", "disrupting-harm-tz"),
        tags=(POLICY, SEXUAL_EXTORTION, LIVE_STREAMING, DATA_EVIDENCE),
    ),
    Story(
        title="Bringing the research to TrustCon",
        slug="trustcon-2024-workshop",
        date=date(2024, 8, 12),
        image="conversation",
        intro="At TrustCon 2024 in San Francisco, Research Fund grantees met trust and safety "
        "professionals for a workshop built around conversation rather than slides.",
        body=(
            paragraph(
                "TrustCon is one of the largest gatherings of the trust and safety profession, "
                "with more than 1,300 people attending in 2024. Around 50 of them joined the "
                "Safe Online workshop on 23 July.",
            ),
            heading("Format"),
            paragraph(
                "The session opened with a fireside chat and a series of lightning talks from "
                "researchers. Participants then split into breakout groups to question "
                "researchers about their findings, before finishing with a brainstorm on what "
                "companies could do differently.",
            ),
            quote(
                "Having researchers in the breakout groups meant we could test our assumptions "
                "against the evidence there and then.",
                "A workshop participant",
                "Trust and safety team, technology company",
            ),
        ),
        related_projects=(
            "dragon",
            "rappid",
            "help-seeking-colombia",
            "grooming-prevention-hong-kong",
            "n-light-deployment",
        ),
        tags=(GROOMING, USER_REPORTING, PREVENTION),
    ),
    Story(
        title="Helping parents in Nepal talk about online risks",
        slug="parents-nepal",
        date=date(2024, 9, 16),
        image="shelter",
        intro="ChildSafeNet's research asked parents in Nepal what they know about online abuse, "
        "and what would help them protect their children.",
        body=(
            paragraph(
                "Children in Nepal are often online before their parents feel confident about "
                "the internet themselves. ChildSafeNet's project, funded in the second round of "
                "the Research Fund, started from the view that parents are a child's first "
                "source of protection and need support to play that role.",
            ),
            heading("From research to guidance"),
            paragraph(
                "Discussion groups with parents shaped practical guidance in Nepali. Early drafts "
                "were revised to be shorter and to focus on what to say to a child, rather than on "
                "long lists of dangers.",
            ),
            quote(
                "I used to think the danger was only strangers. Now I ask my children who they "
                "talk to, and I try to listen without getting angry.",
                "A parent who took part in a discussion group",
                "Nepal",
            ),
        ),
        related_projects=("enhancing-parental-roles-nepal",),
        tags=(PREVENTION, HELP_SEEKING, GROOMING),
    ),
    Story(
        title="Supporting the people who protect children online",
        slug="supporting-content-moderators",
        date=date(2023, 7, 17),
        image="glow",
        intro="Behind every report of abuse material is a person who has to look at it. The "
        "Invisible Risks project asked what that work costs them, and what would help.",
        body=(
            paragraph(
                "Between November 2021 and June 2023, Middlesex University and INHOPE studied "
                "the coping strategies that content moderators and hotline analysts use, and the "
                "way their work is organised.",
            ),
            quote(
                "The work never becomes easy, but it becomes more manageable when the people "
                "around you understand what you do.",
                "A hotline analyst",
                "INHOPE member hotline",
            ),
            heading("Why it matters for children"),
            paragraph(
                "Reviewers who are well supported make better decisions for longer. Looking "
                "after them is part of protecting children, not a separate concern.",
            ),
            call_to_action(
                "Read the insight brief",
                "What employers can do for the people who review abuse material.",
                page="insights/looking-after-content-reviewers",
                button_label="Read the brief",
            ),
        ),
        related_projects=("invisible-risks",),
        tags=(MODERATOR_WELLBEING, TRAUMA_INFORMED),
    ),
    Story(
        title="Teaching machines to recognise grooming, carefully",
        slug="recognising-grooming",
        date=date(2025, 3, 10),
        image="paths",
        intro="Research Fund projects in Dublin, Bogotá and Swansea are using language analysis "
        "to spot grooming earlier. The hard part is making the tools useful in practice.",
        body=(
            paragraph(
                "Grooming unfolds over a conversation, moving from friendliness to secrecy and "
                "then to sexual content. Projects such as N-Light at Technological University "
                "Dublin model those stages so that moderators can be alerted before the most "
                "harmful point is reached.",
                "At Universidad de los Andes and in Swansea University's DRAGON project, "
                "researchers have extended similar analysis to Spanish, where fewer tools exist.",
            ),
            quote(
                "Platforms do not need a perfect model in a laboratory. They need something that "
                "works in the conditions their moderators face, and that gets better with use.",
                "Lina María Saldarriaga",
                "Universidad de los Andes" + PARAPHRASED,
            ),
            heading("From prototype to pilot"),
            paragraph(
                "A 2023 boost award took N-Light into pilots with technology partners, with a "
                "focus on explaining each alert to the reviewer who receives it.",
            ),
        ),
        related_projects=(
            "n-light",
            "n-light-deployment",
            "ai-offender-victim-interactions",
            "dragon",
        ),
        tags=(GROOMING, DETECTION),
    ),
    Story(
        title="What young people in Kenya want from reporting tools",
        slug="young-people-kenya-reporting",
        date=date(2025, 11, 3),
        image="dawn",
        intro="Young people in Kenya are helping researchers understand why so few children "
        "report online abuse, and what a report button would need to do to earn their trust.",
        body=(
            paragraph(
                "Disrupting Harm showed that many children who experience online abuse tell no "
                "one, and very few use helplines or go to the police. A youth-led project in "
                "Kenya is now asking young people directly what would change that, including on "
                "the generative AI tools they increasingly use.",
            ),
            quote(
                "If reporting feels like filling in a police form, most of us will not do it. It "
                "has to feel like telling someone who will actually help.",
                "A youth advisory panel member",
                "Kenya",
            ),
            heading("Designing with young people"),
            paragraph(
                "Workshops led by young researchers explore the moments when something online "
                "started to feel wrong, and what would have made it easier to speak up. The "
                "results will be shared with companies as design principles.",
            ),
        ),
        related_projects=("disrupting-harm-ke", "youth-views-generative-ai"),
        tags=(USER_REPORTING, HELP_SEEKING, GENERATIVE_AI),
    ),
]


# --- Events -----------------------------------------------------------------------------------

IN_PERSON = "in-person"
ONLINE = "online"
HYBRID = "hybrid"


@dataclass(frozen=True)
class Event:
    title: str
    slug: str
    summary: str
    image: str
    start_date: date
    end_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    time_zone: str = "UTC"
    format: str = IN_PERSON
    venue: str = ""
    city: str = ""
    country: str | None = None  # ISO code
    registration_url: str = ""
    description: tuple[dict, ...] = ()
    related_projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


ROUND_1_SLUGS = (
    "osec-philippines",
    "invisible-risks",
    "n-light",
    "ai-offender-victim-interactions",
    "offender-focused-prevention",
)
ROUND_2_SLUGS = (
    "enhancing-parental-roles-nepal",
    "dragon",
    "grooming-prevention-hong-kong",
    "rappid",
    "help-seeking-colombia",
)

EVENTS = [
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2023",
        slug="research-fund-convening-2023",
        summary="Research Fund grantees and technology company staff met in San Francisco to "
        "turn emerging findings into action on grooming, reporting, prevention and deterrence.",
        image="network",
        start_date=date(2023, 9, 27),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "More than 45 people took part: 11 grantees and 25 representatives of the "
                "technology industry. The day combined a public panel, lightning presentations, "
                "a research marketplace and small-group sessions on the Fund's main themes.",
                "It was timed to run alongside the Stanford Trust & Safety Research Conference on "
                "28 and 29 September.",
            ),
        ),
        related_projects=ROUND_1_SLUGS,
        tags=(GROOMING, USER_REPORTING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Event(
        title="Research Fund session at the Stanford Trust & Safety Research Conference",
        slug="stanford-trust-safety-research-conference-2023",
        summary="A conference session with Research Fund grantees on what the Fund has learned "
        "and what research and data reveal about online child sexual exploitation and abuse.",
        image="paths",
        start_date=date(2023, 9, 28),
        end_date=date(2023, 9, 29),
        time_zone="America/Los_Angeles",
        city="Stanford",
        country="US",
        description=(
            paragraph(
                "Safe Online organised a session at the conference with grantees from the "
                "Research Fund, sharing lessons from the Fund and insights from its research.",
            ),
        ),
        related_projects=ROUND_1_SLUGS,
        tags=(DATA_EVIDENCE, GROOMING),
    ),
    Event(
        title="Safe Digital Futures for Children: aligning global agendas at IGF 2023",
        slug="igf-2023-kyoto",
        summary="A session at the Internet Governance Forum in Kyoto on fragmentation in digital "
        "policy and the evidence needed to connect child online safety with related agendas.",
        image="constellation",
        start_date=date(2023, 10, 8),
        end_date=date(2023, 10, 12),
        time_zone="Asia/Tokyo",
        city="Kyoto",
        country="JP",
        description=(
            paragraph(
                "Government partners from Australia, France, Ghana and the United States joined "
                "international organisations and technical experts. The discussion asked how "
                "shared evidence could connect policy areas that are often handled separately, "
                "such as cybersecurity, children's safety online and technology-facilitated "
                "gender-based violence.",
            ),
        ),
        tags=(POLICY, DATA_EVIDENCE),
    ),
    Event(
        title="Safe Digital Futures for Children: Data for Change, Paris",
        slug="data-for-change-paris-2023",
        summary="A technical workshop with the French Children Online Protection Lab and "
        "WeProtect Global Alliance on how much data on online abuse exists and how far it can be "
        "trusted.",
        image="evidence",
        start_date=date(2023, 11, 8),
        time_zone="Europe/Paris",
        city="Paris",
        country="FR",
        description=(
            paragraph(
                "More than 50 technical experts looked at what it would take for data on online "
                "child sexual exploitation and abuse to be trusted, compared and combined across "
                "organisations and countries.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Paris Peace Forum: child-centred prevention and response",
        slug="paris-peace-forum-2023",
        summary="Safe Online joined a Paris Peace Forum session on digital affairs to argue for "
        "stronger, child-centred prevention of and response to online abuse.",
        image="horizon",
        start_date=date(2023, 11, 10),
        end_date=date(2023, 11, 11),
        time_zone="Europe/Paris",
        city="Paris",
        country="FR",
        description=(
            paragraph(
                "The session was led by France's Ambassador for Digital Affairs. Safe Online's "
                "Executive Director spoke about prevention and response mechanisms that put "
                "children at the centre.",
            ),
        ),
        tags=(POLICY, PREVENTION),
    ),
    Event(
        title="G7 Interior and Security Ministers' Meeting, Mito",
        slug="g7-mito-2023",
        summary="At the G7 ministers' meeting in Japan, Safe Online called for more international "
        "funding, aligned laws and standards, and investment in safety technology.",
        image="constellation",
        start_date=date(2023, 12, 8),
        end_date=date(2023, 12, 10),
        time_zone="Asia/Tokyo",
        city="Mito",
        country="JP",
        description=(
            paragraph(
                "Safe Online asked G7 members to act together: to put more international money "
                "into the response, to bring their laws and standards into line with one "
                "another, and to invest in safety technology.",
            ),
        ),
        tags=(POLICY,),
    ),
    Event(
        title="TrustCon 2024 workshop: research meets practice",
        slug="trustcon-2024-workshop",
        summary="A workshop at TrustCon 2024 where Research Fund grantees and trust and safety "
        "professionals worked through findings together.",
        image="conversation",
        start_date=date(2024, 7, 23),
        time_zone="America/Los_Angeles",
        city="San Francisco",
        country="US",
        description=(
            paragraph(
                "Around 50 people joined the workshop, out of more than 1,300 at TrustCon. The "
                "format mixed a fireside chat, lightning talks, breakout question-and-answer "
                "sessions with researchers and a closing brainstorm.",
            ),
        ),
        related_projects=ROUND_2_SLUGS,
        tags=(GROOMING, USER_REPORTING, PREVENTION),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2024",
        slug="research-fund-convening-2024",
        summary="Researchers from every Research Fund project met staff from over a dozen "
        "technology companies in London to work out what the findings mean in practice.",
        image="network",
        start_date=date(2024, 10, 1),
        time_zone="Europe/London",
        city="London",
        country="GB",
        description=(
            paragraph(
                "More than 50 people attended, representing every project supported by the Fund "
                "and over a dozen technology companies.",
            ),
            figures(
                ("50+", "attendees"),
                ("13", "Research Fund projects represented"),
                source="Safe Online",
            ),
        ),
        related_projects=(*ROUND_1_SLUGS, *ROUND_2_SLUGS),
        tags=(GROOMING, PREVENTION, DETECTION, MODERATOR_WELLBEING),
    ),
    Event(
        title="Safe Digital Futures for Children: Data for Change, London",
        slug="data-for-change-london-2024",
        summary="Two days of technical work on how data about online child sexual exploitation "
        "and abuse is collected, shared and used.",
        image="evidence",
        start_date=date(2024, 10, 2),
        end_date=date(2024, 10, 3),
        time_zone="Europe/London",
        city="London",
        country="GB",
        description=(
            paragraph(
                "Over two days, more than 40 specialists from government, industry, civil "
                "society and universities looked for practical ways to put data to better use "
                "in protecting children.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2025",
        slug="research-fund-convening-2025",
        summary="The Research Fund's first convening in Asia, held in Singapore alongside the "
        "Trust & Safety Professional Association's APAC gathering.",
        image="glow",
        start_date=date(2025, 10, 21),
        time_zone="Asia/Singapore",
        city="Singapore",
        country="SG",
        description=(
            paragraph(
                "Around 40 researchers and industry professionals met in Singapore, widening the "
                "Fund's community in the Asia-Pacific region.",
            ),
        ),
        related_projects=("generative-ai-content-review", "nudification-peer-abuse"),
        tags=(GENERATIVE_AI, GROOMING, DETECTION),
    ),
    # Upcoming
    Event(
        title="Webinar: why children stay silent about online abuse",
        slug="webinar-why-children-stay-silent",
        summary="An online discussion of our insight brief on children's help-seeking, with "
        "practical steps for platforms, helplines and policy makers.",
        image="conversation",
        start_date=date(2027, 2, 10),
        start_time=time(13, 0),
        end_time=time(14, 15),
        time_zone="Europe/London",
        format=ONLINE,
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "The webinar walks through the Disrupting Harm findings on disclosure and "
                "reporting, then asks a panel from industry, helplines and research what would "
                "make it easier for children to speak up.",
            ),
            call_to_action(
                "Read the brief before the session",
                "Why children stay silent, and how to make help easier to reach.",
                page="insights/why-children-stay-silent",
                button_label="Read the brief",
            ),
        ),
        related_projects=("disrupting-harm-ke", "disrupting-harm-ph", "helpline-case-management"),
        tags=(HELP_SEEKING, USER_REPORTING),
    ),
    Event(
        title="Data for Change 2027: shared definitions for online abuse data",
        slug="data-for-change-2027",
        summary="A hybrid working session on common definitions and data governance, open to "
        "data specialists from government, industry, civil society and research.",
        image="evidence",
        start_date=date(2027, 3, 16),
        end_date=date(2027, 3, 17),
        start_time=time(9, 30),
        end_time=time(17, 0),
        time_zone="Europe/Paris",
        format=HYBRID,
        city="Paris",
        country="FR",
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "Building on the Paris and London workshops, this session will focus on agreeing "
                "shared definitions and a first set of governance principles for data on online "
                "child sexual exploitation and abuse.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Event(
        title="Tech Coalition Safe Online Research Fund convening 2027",
        slug="research-fund-convening-2027",
        summary="Grantees and industry partners meet in Dublin to share results from the "
        "generative AI round and plan the Fund's next priorities.",
        image="network",
        start_date=date(2027, 6, 9),
        start_time=time(9, 0),
        end_time=time(17, 30),
        time_zone="Europe/Dublin",
        city="Dublin",
        country="IE",
        registration_url=REGISTRATION_URL,
        description=(
            paragraph(
                "The convening follows the format that grantees and companies have valued: "
                "short presentations, a research marketplace and working sessions that end in "
                "concrete next steps.",
            ),
        ),
        related_projects=(
            "generative-ai-content-review",
            "nudification-peer-abuse",
            "youth-views-generative-ai",
        ),
        tags=(GENERATIVE_AI, GROOMING, PEER_ABUSE),
    ),
]


# --- Section pages, standard pages and the contact form ----------------------------------------


@dataclass(frozen=True)
class Section:
    """An index page directly below the home page."""

    kind: str  # research | insights | stories | events
    title: str
    slug: str
    intro: str
    image: str


SECTIONS = [
    Section(
        "research",
        "Research",
        "research",
        "The projects Safe Online funds, from national surveys of children's experiences to "
        "tools that help platforms detect abuse sooner. Filter by programme, country, topic or "
        "status, or download the portfolio as a spreadsheet.",
        "evidence",
    ),
    Section(
        "insights",
        "Insights",
        "insights",
        "Short briefs that turn research findings into practical steps for technology companies, "
        "policy makers, researchers and practitioners.",
        "ripples",
    ),
    Section(
        "stories",
        "Stories",
        "stories",
        "The people behind the research: grantees, partners and young people working to make the "
        "digital world safer for children.",
        "conversation",
    ),
    Section(
        "events",
        "Events",
        "events",
        "Convenings, workshops and webinars where researchers, industry and policy makers share "
        "what they are learning.",
        "constellation",
    ),
]


@dataclass(frozen=True)
class StandardPage:
    title: str
    slug: str
    intro: str
    image: str
    body: tuple[dict, ...]
    published: date
    children: tuple["StandardPage", ...] = field(default_factory=tuple)


ABOUT = StandardPage(
    title="About",
    slug="about",
    published=date(2023, 1, 9),
    image="horizon",
    intro="Safe Online invests in research, technology and networks that protect children from "
    "sexual exploitation and abuse in the digital world.",
    body=(
        heading("Who we are"),
        paragraph(
            "Safe Online began in 2016 as a dedicated fund for children's safety online. In 2023 "
            "it became independent of the Global Partnership to End Violence Against Children, "
            "and now works as a global fund with one aim: that children and young people are "
            "safe, and able to thrive, wherever they go online.",
            "Our grantees include universities, child rights organisations, helplines, "
            "technology developers and international agencies. We fund them to produce evidence, "
            "build tools and strengthen the systems that keep children safe, and we bring them "
            "together so that what one learns, others can use.",
        ),
        figures(
            ("US$77M+", "invested by 2023 in more than 100 projects"),
            ("85+", "countries reached by 2023"),
            ("US$100M+", "invested to date, across more than 100 countries"),
            source="Safe Online",
        ),
        image("constellation", "Our grantees work in more than a hundred countries."),
        heading("Partnerships"),
        paragraph(
            "We work closely with the Tech Coalition on the Research Fund, and with ECPAT "
            "International, INTERPOL and UNICEF Innocenti on Disrupting Harm. In 2023 we formed a "
            "partnership with the French Children Online Protection Lab and joined the Lanzarote "
            "Committee as an observer.",
        ),
        call_to_action(
            "Talk to us about partnership",
            "Whether you fund, research or build technology, we would like to hear from you.",
            page="contact",
            button_label="Get in touch",
        ),
    ),
    children=(
        StandardPage(
            title="Our purpose",
            slug="our-purpose",
            published=date(2023, 1, 9),
            image="shelter",
            intro="We want children and young people to be safe as they grow up online, and "
            "protected from harm wherever they meet it.",
            body=(
                heading("What we believe"),
                paragraph(
                    "Most online services were built with adult users in mind. Children now "
                    "spend much of their lives on them, and often meet the risks first. We "
                    "believe safety has to be designed in, with the needs of the most vulnerable "
                    "children in mind from the start.",
                ),
                heading("How we work"),
                bullets(
                    "Our purpose shapes three commitments:",
                    [
                        "<b>Invest</b> in organisations across government, business and civil "
                        "society whose work can make children safer.",
                        "<b>Champion</b> evidence, so that decisions by governments and companies "
                        "rest on what children actually experience.",
                        "<b>Equip</b> children, young people and the adults around them with the "
                        "knowledge to recognise risk and to seek help.",
                    ],
                ),
            ),
        ),
        StandardPage(
            title="Funding pillars",
            slug="funding-pillars",
            published=date(2024, 2, 5),
            image="network",
            intro="Our investments fall into three pillars: Networks & Systems, Research & Data, "
            "and Technology Tools.",
            body=(
                heading("Networks & Systems"),
                paragraph(
                    "Protection depends on many institutions working together: police, social "
                    "services, helplines, schools and companies. We fund the connections between "
                    "them, from national systems to international communities of practice such "
                    "as Data for Change.",
                ),
                heading("Research & Data"),
                paragraph(
                    "Good decisions need good evidence. Disrupting Harm and the Tech Coalition "
                    "Safe Online Research Fund produce evidence that governments and companies "
                    "can act on. In 2023 we committed a further US$5.5 million to data and "
                    "evidence.",
                ),
                heading("Technology Tools"),
                paragraph(
                    "Our Tech Solutions grants help safety technology reach the platforms and "
                    "services that need it, including US$2 million for ten projects on age "
                    "assurance and live-streamed abuse.",
                ),
                figures(
                    ("US$10M", "global open call launched in 2023"),
                    ("US$5M", "2024 open call"),
                    ("10", "new Tech Solutions grantees in 2023"),
                    source="Safe Online",
                ),
                call_to_action(
                    "See what we fund",
                    "Browse the research and technology projects in our portfolio.",
                    page="research",
                    button_label="Explore the research",
                ),
                call_to_action(
                    "Current funding opportunities",
                    "Details of our most recent open call.",
                    url=OPEN_CALL_2024_URL,
                    button_label="Open call details",
                ),
            ),
        ),
    ),
)

CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "image": "dawn",
    "published": date(2023, 1, 9),
    "intro": "<p>We would be glad to hear from donors, partners, researchers and technology "
    "companies. Tell us a little about yourself and we will be in touch to arrange a "
    "conversation.</p>",
    "thank_you_text": "<p>Thank you for getting in touch. A member of the team will reply "
    "within a few working days.</p>",
    "to_address": "partnerships@safeonline.example",
    "from_address": "website@safeonline.example",
    "subject": "New enquiry from the Safe Online website",
    "fields": [
        {"label": "Name", "field_type": "singleline", "required": True},
        {"label": "Email", "field_type": "email", "required": True},
        {"label": "Organisation", "field_type": "singleline", "required": False},
        {
            "label": "I am a...",
            "field_type": "dropdown",
            "required": True,
            "choices": "Donor\nPartner\nResearcher\nTech company\nOther",
        },
        {"label": "Message", "field_type": "multiline", "required": True},
    ],
}


# --- Home page, site settings and digest themes ------------------------------------------------

HOME = {
    "hero_heading": "Evidence and tools for a digital world where every child is safe",
    "hero_text": "Safe Online funds research, technology and networks that protect children "
    "from sexual exploitation and abuse online. Explore what our grantees are learning and how "
    "it is changing practice.",
    "image": "tide",
    "hero_link": "research",
    "hero_link_label": "Explore the research",
    "impact_heading": "Our impact so far",
    "stay_in_the_loop_heading": "Stay in the loop",
    "stay_in_the_loop_text": "Choose the topics you care about and we will send you a short "
    "digest of new research, insight briefs and events.",
    "featured": [
        "insights/what-thirteen-national-surveys-show",
        "stories/when-research-becomes-law",
        "events/research-fund-convening-2027",
    ],
}

SITE_NAME = "Safe Online"
SITE_SETTINGS = {
    "tagline": "Investing in a digital world where every child is safe.",
    "footer_text": "Safe Online is a global fund investing in research, technology and networks "
    "to end online child sexual exploitation and abuse.",
    "contact_email": "hello@safeonline.example",
}


@dataclass(frozen=True)
class DigestTheme:
    tag: str
    name: str
    description: str


DIGEST_THEMES = [
    DigestTheme(GROOMING, "Grooming", "How grooming works online and how it can be spotted."),
    DigestTheme(
        PREVENTION,
        "Prevention and deterrence",
        "Stopping abuse before it happens, including work with people at risk of offending.",
    ),
    DigestTheme(
        HELP_SEEKING,
        "Help-seeking and reporting",
        "Making it easier for children to speak up and for services to respond.",
    ),
    DigestTheme(
        DATA_EVIDENCE,
        "Data and evidence",
        "New research, national data and the data ecosystem behind them.",
    ),
    DigestTheme(POLICY, "Policy and law", "How evidence is shaping laws, regulation and plans."),
    DigestTheme(
        GENERATIVE_AI,
        "Generative AI",
        "What generative AI means for children's safety and for the teams protecting them.",
    ),
    DigestTheme(
        DETECTION,
        "Detection technology",
        "Tools that help platforms find and stop abuse sooner.",
    ),
    DigestTheme(
        MODERATOR_WELLBEING,
        "Moderator wellbeing",
        "Supporting the people who review harmful content.",
    ),
]
