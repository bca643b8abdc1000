"""Reference data: public landing pages, the funding programmes, countries and organisations
that projects, insights and events refer to."""

from dataclasses import dataclass

# Public landing pages only: outputs link to the programme page that lists the documents.
SAFE_ONLINE_URL = "https://safeonline.global/"
DISRUPTING_HARM_URL = "https://safeonline.global/disrupting-harm/"
DISRUPTING_HARM_INSIGHTS_URL = "https://safeonline.global/disrupting-harm-data-insights"
OPEN_CALL_2024_URL = "https://safeonline.global/funding/2024-open-call"
TECH_COALITION_URL = "https://www.technologycoalition.org/"
END_VIOLENCE_URL = "https://www.end-violence.org/"
REGISTRATION_URL = "https://safeonline.global/"


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
