"""Insight briefs: what the research found, and what each audience can do about it."""

from dataclasses import dataclass
from datetime import date

from .projects_disrupting_harm import DH_PHASE_1_COUNTRIES
from .reference import DISRUPTING_HARM_INSIGHTS_URL
from .streamfield import call_to_action, heading, paragraph
from .vocabulary import (
    DATA_EVIDENCE,
    DETECTION,
    FINANCIAL_SIGNALS,
    GENERATIVE_AI,
    GROOMING,
    HELP_SEEKING,
    LIVE_STREAMING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

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
