"""Grantee stories: the people and events behind the research. Paraphrased quotes say so."""

from dataclasses import dataclass
from datetime import date

from .streamfield import bullets, call_to_action, figures, heading, paragraph, quote
from .vocabulary import (
    DATA_EVIDENCE,
    DETECTION,
    GENERATIVE_AI,
    GROOMING,
    HELP_SEEKING,
    LIVE_STREAMING,
    MODERATOR_WELLBEING,
    OFFENDER_BEHAVIOUR,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

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
