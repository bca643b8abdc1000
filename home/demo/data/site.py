"""The site around the content: section pages, standard pages, the contact page, the home
page, site settings and the fund's headline figures, with the demo grantee's address."""

from dataclasses import dataclass, field
from datetime import date

from .reference import OPEN_CALL_2024_URL, TECH_COALITION_URL
from .streamfield import (
    bullets,
    call_to_action,
    figures,
    fund_figures,
    heading,
    image,
    paragraph,
)

DEMO_GRANTEE_EMAIL = "grantee@safeonline.example"


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
        "The work Safe Online funds, from national surveys of children's experiences to machine "
        "learning that looks for patterns of grooming. Filter by programme, country, topic or "
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
        "News from the fund, reflections from its staff, recaps of events and stories told by "
        "grantees in their own words. Each story says who is telling it.",
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
    intro="Safe Online is a global fund that invests in protecting children and young people "
    "from sexual exploitation and abuse in the digital world.",
    body=(
        heading("Who we are"),
        paragraph(
            "Safe Online has been investing against online child sexual exploitation and abuse "
            "since 2016. In 2023 it left the Global Partnership to End Violence Against Children "
            "to work independently, as a global funding vehicle with one purpose: to protect and "
            "empower children and young people wherever the digital world reaches them.",
            "It funds through three pillars, Networks & Systems, Research & Data, and Technology "
            "Tools. Its grantees and partners include universities, child rights organisations, "
            "UN agencies and INTERPOL.",
        ),
        heading("Our work in figures"),
        fund_figures(),
        image("constellation"),
        heading("Partnerships"),
        paragraph(
            "We run the Tech Coalition Safe Online Research Fund with the Tech Coalition, and "
            "fund Disrupting Harm, which ECPAT International, INTERPOL and UNICEF Innocenti carry "
            "out. In 2023 we formalised a partnership with the French Children Online Protection "
            "Lab and joined the Lanzarote Committee as an observer.",
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
            intro="We want every child and young person to grow up in the digital world feeling "
            "safe, and to be protected from harm there.",
            body=(
                heading("What we believe"),
                paragraph(
                    "Children should not have to find their own way through risks that adults "
                    "designed. We think safety belongs in the design of digital spaces from the "
                    "start, with the most vulnerable children in mind.",
                ),
                heading("How we work"),
                bullets(
                    "Our purpose shapes three commitments:",
                    [
                        "<b>Invest</b> in innovative partners from the public, private and third "
                        "sectors who share our aim.",
                        "<b>Champion</b> those partners and support their work.",
                        "<b>Equip</b> young people and the adults who look after them to "
                        "recognise danger for themselves when no one is supervising.",
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
                    "Protecting children takes national, regional and global systems that can "
                    "respond. We invest in their capacity, and in shared efforts such as Data "
                    "for Change and our partnership with the Children Online Protection Lab.",
                ),
                heading("Research & Data"),
                paragraph(
                    "Disrupting Harm and the Tech Coalition Safe Online Research Fund produce "
                    "evidence that governments and companies can act on. In 2023 we put a "
                    "further US$5.5 million into data and evidence.",
                ),
                heading("Technology Tools"),
                paragraph(
                    "Our Tech Solutions grants fund technology tools; ten new grantees joined "
                    "in 2023. We have also invested US$2 million in ten projects on age "
                    "assurance and live-streamed abuse.",
                ),
                figures(
                    ("US$10M", "global open call, 2023", "Safe Online Progress Snapshot 2023"),
                    (
                        "US$5.5M",
                        "more for data and evidence, 2023",
                        "Safe Online Progress Snapshot 2023",
                    ),
                    ("US$5M", "2024 open call", "safeonline.global, 2024 open call"),
                ),
                call_to_action(
                    "See what we fund",
                    "Browse the projects in our portfolio.",
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
        StandardPage(
            title="Tech Coalition Safe Online Research Fund",
            slug="research-fund",
            published=date(2025, 12, 1),
            image="paths",
            intro="Since 2020, Safe Online and the Tech Coalition have funded research that can "
            "change how the technology industry protects children.",
            body=(
                heading("What the fund is for"),
                paragraph(
                    "The fund's main aim is for research to shape what technology companies do "
                    "and how their technology develops. It gives priority to research with "
                    "findings that product and policy teams can act on, and it brings "
                    "researchers and industry together at convenings and other events so that "
                    "those findings reach the people who can use them.",
                ),
                heading("Rounds and awards"),
                bullets(
                    "What the fund has awarded so far:",
                    [
                        "<b>Round 1 (2021)</b>: US$800,000 in all, in grants of US$120,000 to "
                        "US$200,000 per grantee.",
                        "<b>Round 2 (announced December 2022)</b>: US$1 million for eight "
                        "projects in thirteen countries, among them Albania, Cambodia, Colombia, "
                        "Kenya, Nepal and Turkey, under three themes: prevention and deterrence, "
                        "detection and reporting, and response and support.",
                        "<b>Boost awards (2023)</b>: four twelve-month awards, US$500,000 in all, "
                        "for organisations from the first cohort.",
                        "<b>2024</b>: the Tech Coalition added US$500,000, supporting thirteen "
                        "projects, and the fund opened a round on generative AI.",
                    ],
                ),
                figures(
                    ("US$800K", "round 1, 2021", "end-violence.org"),
                    ("US$1M", "round 2, eight projects", "Tech Coalition"),
                    ("US$500K", "four boost awards, 2023", ""),
                    ("US$500K", "added by the Tech Coalition, 2024", "Safe Online"),
                ),
                heading("Themes"),
                paragraph(
                    "Across its rounds the fund's research has covered grooming, user reporting, "
                    "prevention and wellness, deterrence and offender behaviour, help-seeking, "
                    "trauma-informed response, the wellbeing of content moderators, "
                    "peer-to-peer sexual violence, children with intellectual disabilities and "
                    "generative AI.",
                ),
                heading("Convenings"),
                paragraph(
                    "Grantees and industry have met in San Francisco (September 2023, more than "
                    "45 people), in London (October 2024, more than 50 people from all thirteen "
                    "projects and over a dozen companies) and in Singapore (2025, around 40 "
                    "people, alongside TSPA APAC).",
                ),
                call_to_action(
                    "The Tech Coalition",
                    "Safe Online's partner in the fund.",
                    url=TECH_COALITION_URL,
                    button_label="Visit the Tech Coalition",
                ),
                call_to_action(
                    "The fund's projects",
                    "Research Fund projects described on this site.",
                    page="research",
                    button_label="Explore the research",
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


# --- Home page and site settings --------------------------------------------------------------

HOME = {
    "hero_heading": "Evidence and tools for a digital world where every child is safe",
    "hero_text": "Safe Online funds research, technology and networks that protect children "
    "from sexual exploitation and abuse online. Explore what our grantees are learning and how "
    "it is changing practice.",
    "image": "tide",
    "hero_link": "research",
    "hero_link_label": "Explore the research",
    "impact_heading": "Safe Online in figures",
    "stay_in_the_loop_heading": "Stay in the loop",
    "stay_in_the_loop_text": "Choose the topics you care about and we will send you a short "
    "digest of new research, insight briefs and events.",
    "featured": [
        "insights/what-thirteen-national-surveys-show",
        "stories/when-research-becomes-law",
        "stories/research-fund-convening-2024",
    ],
}

SITE_NAME = "Safe Online"
SITE_SETTINGS = {
    "tagline": "Investing in a digital world where every child is safe.",
    "footer_text": "Safe Online is a global fund investing in research, technology and networks "
    "to end online child sexual exploitation and abuse.",
    "contact_email": "hello@safeonline.example",
}

# The fund's headline figures (home.models.FundFigures), as its 2023 progress snapshot gave them.
# The snapshot is the latest source that gives all three together, with a date.
PROGRESS_SNAPSHOT_2023 = "Safe Online Progress Snapshot 2023"
FUND_FIGURES = {
    "invested_value": "US$77M+",
    "invested_label": "invested since 2016",
    "invested_source": PROGRESS_SNAPSHOT_2023,
    "invested_published": "2023",
    "projects_value": "100+",
    "projects_label": "projects funded",
    "projects_source": PROGRESS_SNAPSHOT_2023,
    "projects_published": "2023",
    "countries_value": "85+",
    "countries_label": "countries reached",
    "countries_source": PROGRESS_SNAPSHOT_2023,
    "countries_published": "2023",
}
