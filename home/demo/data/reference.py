"""Reference data: the public pages the demo links to, the funding programmes, countries and
organisations that projects, insights and events refer to.

Every link is a page that the fund's published facts name; none stands in for a document it
does not point to."""

from dataclasses import dataclass

SAFE_ONLINE_URL = "https://safeonline.global/"
DISRUPTING_HARM_URL = "https://safeonline.global/disrupting-harm/"
DISRUPTING_HARM_FINDINGS_URL = "https://safeonline.global/disrupting-harm/#findings"
DISRUPTING_HARM_INSIGHTS_URL = "https://safeonline.global/disrupting-harm-data-insights"
OPEN_CALL_2024_URL = "https://safeonline.global/funding/2024-open-call"
TECH_COALITION_URL = "https://www.technologycoalition.org/"
# Where the first Research Fund round's figures were published.
END_VIOLENCE_URL = "https://www.end-violence.org/"


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
        description="Safe Online and the Tech Coalition have run this fund together since 2020. "
        "It backs research that can change what technology companies do about online child "
        "sexual exploitation and abuse, in their products as well as their policies.",
        website=TECH_COALITION_URL,
        sort_order=1,
    ),
    Programme(
        name="Disrupting Harm",
        slug=DISRUPTING_HARM,
        short_name="Disrupting Harm",
        description="National research by ECPAT International, INTERPOL and UNICEF Innocenti, "
        "funded by Safe Online, into how children are exposed to online sexual exploitation and "
        "abuse and how well each country's protection system responds.",
        website=DISRUPTING_HARM_URL,
        sort_order=2,
    ),
    Programme(
        name="Tech Solutions",
        slug=TECH_SOLUTIONS,
        short_name="Tech Solutions",
        description="Safe Online's grants for technology tools, one of its three funding pillars. "
        "Ten new grantees joined in 2023.",
        website=SAFE_ONLINE_URL,
        sort_order=3,
    ),
    Programme(
        name="Networks & Systems",
        slug=NETWORKS_AND_SYSTEMS,
        short_name="Networks & Systems",
        description="The funding pillar for the capacity of national, regional and global "
        "systems to protect children, and for the partnerships and shared data those systems "
        "depend on.",
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
    "One of the thirteen countries in the first phase of Disrupting Harm, which Safe Online "
    "funded in 2019."
)
DH2_SUMMARY = (
    "One of the eleven countries in the second phase of Disrupting Harm (2023–2025), which is "
    "meant to leave each country with an action plan built on its own evidence."
)
ROUND_2_COUNTRY = (
    "One of the thirteen countries in which the Research Fund's second round, announced in "
    "December 2022, supports work."
)

COUNTRIES = [
    # Disrupting Harm, phase one
    Country(
        "Cambodia",
        "KH",
        ASIA_PACIFIC,
        "Covered by the first phase of Disrupting Harm, and among the countries of the Research "
        "Fund's second round.",
    ),
    Country(
        "Indonesia",
        "ID",
        ASIA_PACIFIC,
        "Disrupting Harm recommendations helped shape Indonesia's national roadmap on child "
        "online protection.",
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
        "Covered by the first phase of Disrupting Harm, and by Justice and Care's Research Fund "
        "work on the online sexual exploitation of children.",
    ),
    Country("Thailand", "TH", ASIA_PACIFIC, DH_SUMMARY),
    Country("Viet Nam", "VN", ASIA_PACIFIC, DH_SUMMARY),
    Country("Ethiopia", "ET", AFRICA, DH_SUMMARY),
    Country(
        "Kenya",
        "KE",
        AFRICA,
        "Covered by the first phase of Disrupting Harm, and among the countries of the Research "
        "Fund's second round.",
    ),
    Country("Mozambique", "MZ", AFRICA, DH_SUMMARY),
    Country("Namibia", "NA", AFRICA, DH_SUMMARY),
    Country("South Africa", "ZA", AFRICA, DH_SUMMARY),
    Country(
        "Tanzania",
        "TZ",
        AFRICA,
        "Tanzania's Ministry of Health built Disrupting Harm insights into its education and "
        "training materials.",
    ),
    Country("Uganda", "UG", AFRICA, DH_SUMMARY),
    # Disrupting Harm, phase two
    Country("Armenia", "AM", EUROPE, DH2_SUMMARY),
    Country("Brazil", "BR", AMERICAS, DH2_SUMMARY),
    Country(
        "Colombia",
        "CO",
        AMERICAS,
        "Research Fund work by Universidad de los Andes and by Protect Children with Red PaPaz, "
        "and a country in the second phase of Disrupting Harm.",
    ),
    Country("Dominican Republic", "DO", AMERICAS, DH2_SUMMARY),
    Country("Jordan", "JO", MIDDLE_EAST, DH2_SUMMARY),
    Country("Montenegro", "ME", EUROPE, DH2_SUMMARY),
    Country("Morocco", "MA", MIDDLE_EAST, DH2_SUMMARY),
    Country("North Macedonia", "MK", EUROPE, DH2_SUMMARY),
    Country("Pakistan", "PK", ASIA_PACIFIC, DH2_SUMMARY),
    Country("Serbia", "RS", EUROPE, DH2_SUMMARY),
    Country("Tunisia", "TN", MIDDLE_EAST, DH2_SUMMARY),
    # The Research Fund's second round also reaches these two; the facts do not yet say which
    # of its projects work there, so no project names them.
    Country("Albania", "AL", EUROPE, ROUND_2_COUNTRY),
    Country("Turkey", "TR", EUROPE, ROUND_2_COUNTRY),
    # Research Fund, partnerships and events
    Country(
        "United Kingdom",
        "GB",
        EUROPE,
        "Swansea University's DRAGON project, and the 2024 Research Fund convening and Data for "
        "Change workshop, both in London.",
    ),
    Country(
        "Finland",
        "FI",
        EUROPE,
        "Home of Protect Children (Suojellaan Lapsia), whose Research Fund work looks at "
        "prevention with people who use child sexual abuse material.",
    ),
    Country("Germany", "DE", EUROPE),
    Country("Ireland", "IE", EUROPE),
    Country(
        "Spain", "ES", EUROPE, "One of the two countries of Swansea University's DRAGON project."
    ),
    Country(
        "Nepal",
        "NP",
        ASIA_PACIFIC,
        "ChildSafeNet's Research Fund project on the part parents play in protecting children.",
    ),
    Country(
        "Hong Kong",
        "HK",
        ASIA_PACIFIC,
        "Save the Children Hong Kong's Research Fund project on preventing grooming.",
    ),
    Country("United States", "US", AMERICAS),
    Country(
        "France",
        "FR",
        EUROPE,
        "Home of the Children Online Protection Lab, Safe Online's partner since 2023, and of "
        "the 2023 Data for Change workshop in Paris.",
    ),
    Country("Italy", "IT", EUROPE),
    Country("Netherlands", "NL", EUROPE),
]

UNIVERSITY = "university"
NGO = "ngo"
UN = "un"
COMPANY = "company"
GOVERNMENT = "government"

ECPAT = "ECPAT International"
INTERPOL = "INTERPOL"
UNICEF_INNOCENTI = "UNICEF Innocenti"
SAFE_ONLINE = "Safe Online"
TECH_COALITION = "Tech Coalition"
WEPROTECT = "WeProtect Global Alliance"
COPL = "Children Online Protection Lab"

# Organisations the examples name: invented, and called "Example …" so that nobody takes one for
# a real grantee.
EXAMPLE_AGE_ASSURANCE = "Example Age Assurance Lab"
EXAMPLE_STREAMING = "Example Streaming Safety Company"
EXAMPLE_HELPLINE = "Example Helpline Collective"
EXAMPLE_DESIGN = "Example Inclusive Design Studio"
EXAMPLE_YOUTH = "Example Youth Safety Network"
EXAMPLE_NETWORK = "Example Child Protection Network"

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
    Organisation(EXAMPLE_AGE_ASSURANCE, COMPANY),
    Organisation(EXAMPLE_STREAMING, COMPANY),
    Organisation(EXAMPLE_HELPLINE, NGO),
    Organisation(EXAMPLE_DESIGN, NGO),
    Organisation(EXAMPLE_YOUTH, NGO),
    Organisation(EXAMPLE_NETWORK, NGO),
]
