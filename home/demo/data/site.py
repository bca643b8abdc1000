"""The site around the content: section pages, standard pages, the contact page, the home
page and site settings, with the demo's image credit and grantee address."""

from dataclasses import dataclass, field
from datetime import date

from .reference import OPEN_CALL_2024_URL
from .streamfield import bullets, call_to_action, figures, heading, image, paragraph

IMAGE_CREDIT = "Illustration © Safe Online"
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


# --- Home page and site settings --------------------------------------------------------------

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
