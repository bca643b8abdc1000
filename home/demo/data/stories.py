"""Stories, each labelled by who tells it: news from the fund, staff reflections, event recaps
and grantee stories. Facts about real people, organisations and events come from the fund's
published material; people's words appear in quotation marks only where they are on record
(published_quotes), and otherwise as reported speech. The two grantee stories are examples,
told by example organisations."""

from dataclasses import dataclass
from datetime import date

from .load_dates import DaysFromLoad
from .published_quotes import (
    AMANDA_THIRD,
    INDUSTRY_PARTICIPANT_2023,
    LINA_MARIA_SALDARRIAGA,
    NATALIE_SHOUP,
    SERENA_TOMMASINO,
)
from .reference import OPEN_CALL_2024_URL
from .streamfield import bullets, call_to_action, figures, heading, paragraph, quote
from .vocabulary import (
    DATA_EVIDENCE,
    GENERATIVE_AI,
    GROOMING,
    HELP_SEEKING,
    LIVE_STREAMING,
    OFFENDER_BEHAVIOUR,
    PEER_ABUSE,
    POLICY,
    PREVENTION,
    SEXUAL_EXTORTION,
    TRAUMA_INFORMED,
    USER_REPORTING,
)

# Who tells the story (GranteeStoryPage.ToldBy values).
GRANTEE = "grantee"
STAFF = "staff"
EVENT = "event"
NEWS = "news"


@dataclass(frozen=True)
class Story:
    title: str
    slug: str
    date: date | DaysFromLoad
    told_by: str
    intro: str
    image: str
    body: tuple[dict, ...]
    related_projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    example: bool = False


STORIES = [
    Story(
        title="Disrupting Harm expands to eleven more countries",
        slug="disrupting-harm-expands",
        date=date(2023, 5, 15),
        told_by=NEWS,
        image="constellation",
        intro="With a second investment from Safe Online, Disrupting Harm is taking its national "
        "research on online sexual exploitation and abuse of children to eleven more countries.",
        body=(
            paragraph(
                "ECPAT International, INTERPOL, Safe Online and UNICEF Innocenti have announced "
                "the second phase of Disrupting Harm, in Armenia, Brazil, Colombia, the Dominican "
                "Republic, Jordan, Montenegro, Morocco, North Macedonia, Pakistan, Serbia and "
                "Tunisia. The phase brings the research to four new regions.",
            ),
            figures(
                ("US$7.5M", "Safe Online's investment in the second phase"),
                ("11", "new countries, 2023 to 2025"),
                source="Safe Online",
            ),
            heading("How the second phase works"),
            paragraph(
                "The research will be carried out between 2023 and 2025 by the Disrupting Harm "
                "partners together with UNICEF country offices, civil society organisations, "
                "members of the ECPAT network, police and INTERPOL National Central Bureaus, "
                "independent experts and government institutions. By 2025 each country is to "
                "have an action plan, based on the evidence, for preventing and responding to "
                "online child sexual exploitation and abuse.",
            ),
            heading("Where it started"),
            paragraph(
                "Safe Online first invested US$7 million in Disrupting Harm in 2019. The first "
                "phase covered thirteen countries in South-East Asia and in Eastern and Southern "
                "Africa, and several of them have since changed laws and policies in response.",
            ),
        ),
        related_projects=("disrupting-harm-br", "disrupting-harm-co", "disrupting-harm-pk"),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Story(
        title="Researchers and industry in one room: the 2023 Research Fund convening",
        slug="research-fund-convening-2023",
        date=date(2023, 10, 16),
        told_by=EVENT,
        image="network",
        intro="On 27 September 2023, Research Fund grantees and people from technology "
        "companies spent a day in San Francisco on what the research means for the industry.",
        body=(
            paragraph(
                "The Tech Coalition and Safe Online organised the convening the day before the "
                "Stanford Trust & Safety Research Conference (28 and 29 September), where Safe "
                "Online also ran a session with research grantees.",
            ),
            figures(
                ("45+", "participants"),
                ("11", "Research Fund grantees"),
                ("25", "people from the technology industry"),
                source="Safe Online",
            ),
            heading("How the day ran"),
            paragraph(
                "A public panel of industry members, independent experts and researchers opened "
                "the day. It called for more collaboration across sectors and for more research "
                "from places and groups that are under-represented, and it heard about the "
                "difference the Fund's projects are already making.",
                "Lightning presentations of findings came next, then a marketplace where company "
                "staff could ask researchers what the findings meant for them. In the afternoon, "
                "small groups took on four themes: grooming, user reporting, prevention and "
                "wellness, and deterrence and offender behaviour.",
            ),
            quote(AMANDA_THIRD),
            heading("Four boost awards"),
            paragraph(
                "Marija Manojlovic, Safe Online's Executive Director, announced four boost awards "
                "for organisations from the first cohort of grantees: twelve months of further "
                "funding to take their research into pilots, technical collaboration and "
                "innovation. Two of the four are described on this site, at Dublin City "
                "University and Technological University Dublin.",
            ),
            quote(LINA_MARIA_SALDARRIAGA),
            quote(INDUSTRY_PARTICIPANT_2023),
        ),
        related_projects=(
            "detecting-csea-payments",
            "n-light-boost-award",
            "ai-offender-victim-interactions",
        ),
        tags=(GROOMING, USER_REPORTING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Story(
        title="Making data work for children: reflections on Data for Change",
        slug="reflections-data-for-change",
        date=date(2023, 12, 12),
        told_by=STAFF,
        image="evidence",
        intro="A month after the Data for Change workshop in Paris, Serena Tommasino and Natalie "
        "Shoup of the Safe Online team looked back on what the initiative is for.",
        body=(
            paragraph(
                "The November 2023 workshop was the second Safe Digital Futures for Children: "
                "Data for Change event. Safe Online organised it with the French Children Online "
                "Protection Lab and WeProtect Global Alliance, and more than 50 technical experts "
                "took part.",
            ),
            heading("Why data"),
            paragraph(
                "Serena Tommasino argued that a safe digital world cannot be designed without "
                "knowing how and where children are at risk, and that this needs better data, "
                "including children's own views, as well as collaboration, capacity and "
                "political support for using it.",
            ),
            quote(SERENA_TOMMASINO),
            heading("A fragmented landscape"),
            paragraph(
                "Natalie Shoup described a field where both data and the investment in capacity "
                "and infrastructure are fragmented. By data, she said, she means the whole "
                "ecosystem: resources, expertise, ethics, legal agreements, relationships and "
                "technology, not datasets alone.",
            ),
            quote(NATALIE_SHOUP),
            heading("What comes next"),
            paragraph(
                "For Serena Tommasino, the workshop's main success was getting the right people "
                "into the room and giving them a safe space to share and learn; for Natalie "
                "Shoup, it was how openly they approached it. Looking ahead, Natalie Shoup named "
                "mechanisms for governing data, which the field does not yet have, and the "
                "deliberate inclusion of groups that are under-represented.",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Story(
        title="Safe Online's 2023 in review",
        slug="safe-online-2023-in-review",
        date=date(2024, 1, 22),
        told_by=NEWS,
        image="horizon",
        intro="An independent fund, a US$10 million open call, Disrupting Harm in eleven more "
        "countries and a new partnership in France: the year as the fund reported it.",
        body=(
            heading("A new start"),
            paragraph(
                "2023 was the year Safe Online began working on its own, moving out of the "
                "Global Partnership to End Violence Against Children to become a global funding "
                "vehicle. It also launched a new brand.",
            ),
            heading("Investments"),
            bullets(
                "In its 2023 progress snapshot the fund reported:",
                [
                    "a US$10 million global open call;",
                    "a further US$5.5 million for data and evidence;",
                    "ten new Tech Solutions grantees and four new Research Fund projects;",
                    "Disrupting Harm expanding to eleven more countries, with US$7.5 million;",
                    "over US$77 million invested since 2016, in more than 100 projects across 85 "
                    "or more countries.",
                ],
            ),
            heading("On the global stage"),
            paragraph(
                "Over the year the fund took part in more than 60 strategic opportunities, from "
                "high-level events to convenings and meetings. At the Internet Governance Forum "
                "in Kyoto, its session with government partners from Australia, France, Ghana "
                "and the United States looked at how evidence can connect cybersecurity, child "
                "online safety and technology-facilitated gender-based violence. At the Paris "
                "Peace Forum, in a "
                "session led by France's Ambassador for Digital Affairs, Henri Verdier, Executive "
                "Director Marija Manojlovic argued for stronger child-centred prevention and "
                "response. At the G7 meeting of security and interior ministers in Mito, Japan, "
                "she urged the G7 to increase international funding, align laws and standards, "
                "and advance safety technology.",
            ),
            heading("Partners"),
            paragraph(
                "Safe Online formalised a partnership with the French Children Online Protection "
                "Lab, and joined the Lanzarote Committee as an observer.",
            ),
        ),
        related_projects=("children-online-protection-lab", "data-for-change"),
        tags=(POLICY, DATA_EVIDENCE),
    ),
    Story(
        title="When research becomes law",
        slug="when-research-becomes-law",
        date=date(2024, 5, 20),
        told_by=NEWS,
        image="horizon",
        intro="Disrupting Harm set out to give governments evidence they could act on. In "
        "Malaysia, Indonesia and Tanzania, they have.",
        body=(
            paragraph(
                "When Safe Online invested US$7 million in Disrupting Harm in 2019, the research "
                "was designed to end in proposals for leaders and policy makers, not only in "
                "measurements.",
            ),
            heading("Three examples"),
            bullets(
                "Governments have acted on the recommendations:",
                [
                    "<b>Malaysia</b> amended its law to make sexual extortion and the "
                    "live-streaming of child sexual abuse criminal offences.",
                    "<b>Indonesia</b> used the findings for its National Roadmap on Child Online "
                    "Protection and for national standards and training in child protection.",
                    "<b>Tanzania</b>'s Ministry of Health built the insights into its education "
                    "and training materials.",
                ],
            ),
            heading("What comes next"),
            paragraph(
                "A second phase, backed by US$7.5 million, has taken the research to Armenia, "
                "Brazil, Colombia, the Dominican Republic, Jordan, Montenegro, Morocco, North "
                "Macedonia, Pakistan, Serbia and Tunisia.",
            ),
            call_to_action(
                "Read the insight brief",
                "How Disrupting Harm changed policy.",
                page="insights/from-evidence-to-law",
                button_label="Read the brief",
            ),
        ),
        related_projects=("disrupting-harm-my", "disrupting-harm-id", "disrupting-harm-tz"),
        tags=(POLICY, SEXUAL_EXTORTION, LIVE_STREAMING, DATA_EVIDENCE),
    ),
    Story(
        title="The Tech Coalition adds US$500,000 to the Research Fund",
        slug="tech-coalition-2024-addition",
        date=date(2024, 6, 10),
        told_by=NEWS,
        image="signal",
        intro="In the fourth year of the partnership, the Tech Coalition's new contribution will "
        "help thirteen research projects make more of a difference to industry practice.",
        body=(
            paragraph(
                "The Tech Coalition has given US$500,000 to strengthen the impact of the thirteen "
                "research projects the Fund supports, all of them working on resources and "
                "applications for the technology industry. Over the coming year, Safe Online "
                "will concentrate on getting the most from these existing investments.",
                "The Fund also opened a round on generative AI in 2024.",
            ),
            figures(
                ("US$500K", "from the Tech Coalition in 2024"),
                ("13", "research projects supported"),
                source="Safe Online",
            ),
            heading("Why the partnership matters"),
            paragraph(
                "Research funding that follows industry trends, policy and practical use is "
                "scarce. The Fund exists to steer technology companies' practice with research, "
                "and it uses events such as its convenings to put researchers and industry in "
                "the same room.",
            ),
        ),
        tags=(PREVENTION, GROOMING),
    ),
    Story(
        title="Bringing the research to TrustCon",
        slug="trustcon-2024-workshop",
        date=date(2024, 8, 12),
        told_by=EVENT,
        image="conversation",
        intro="At TrustCon 2024 in San Francisco, Safe Online ran a workshop where trust and "
        "safety professionals could question researchers.",
        body=(
            paragraph(
                "More than 1,300 people attended TrustCon 2024, one of the main gatherings of "
                "the trust and safety field. Around 50 of them came to the Safe Online workshop "
                "on 23 July.",
            ),
            heading("Format"),
            paragraph(
                "The workshop combined a fireside chat, lightning talks and breakout sessions "
                "where participants put questions to researchers, and it closed with a "
                "brainstorm.",
            ),
        ),
        tags=(GROOMING, USER_REPORTING, PREVENTION),
    ),
    Story(
        title="All thirteen projects in London: the 2024 Research Fund convening",
        slug="research-fund-convening-2024",
        date=date(2024, 10, 21),
        told_by=EVENT,
        image="network",
        intro="On 1 October 2024 the Tech Coalition and Safe Online brought every project the "
        "Research Fund supports together with more than a dozen technology companies.",
        body=(
            paragraph(
                "More than 50 people came to the London convening. Every one of the Fund's "
                "thirteen grant projects was represented, and the aim was to pair research "
                "insights with industry expertise in ways that protect children from online "
                "sexual exploitation and abuse.",
                "The projects from the Fund's first two rounds that are described on this site "
                "are linked below.",
            ),
            figures(
                ("50+", "attendees"),
                ("13", "Research Fund projects represented"),
                source="Safe Online",
            ),
        ),
        related_projects=(
            "osec-philippines",
            "invisible-risks",
            "n-light",
            "ai-offender-victim-interactions",
            "offender-focused-prevention",
            "enhancing-parental-roles-nepal",
            "dragon",
            "grooming-prevention-hong-kong",
            "rappid",
            "help-seeking-colombia",
        ),
        tags=(GROOMING, PREVENTION, OFFENDER_BEHAVIOUR),
    ),
    Story(
        title="Data for Change in London",
        slug="data-for-change-london-2024",
        date=date(2024, 11, 12),
        told_by=EVENT,
        image="evidence",
        intro="In October 2024 the Data for Change community met in London for two days of "
        "technical work on data about online child sexual exploitation and abuse.",
        body=(
            paragraph(
                "More than 40 experts from government, technology companies, civil society and "
                "academia took part. The workshop concentrated on strengthening the global data "
                "ecosystem for online child sexual exploitation and abuse, and on finding shared "
                "ways to use data to protect children online.",
            ),
            call_to_action(
                "About Data for Change",
                "What the initiative is for, and the workshops so far.",
                page="research/data-for-change",
                button_label="See the initiative",
            ),
        ),
        related_projects=("data-for-change",),
        tags=(DATA_EVIDENCE, POLICY),
    ),
    Story(
        title="A US$5 million open call for 2024",
        slug="open-call-2024",
        date=date(2024, 3, 4),
        told_by=NEWS,
        image="dawn",
        intro="Safe Online's 2024 open call puts US$5 million on the table for work against "
        "online child sexual exploitation and abuse.",
        body=(
            paragraph(
                "The call follows the US$10 million global open call of 2023. The details are "
                "on the open call's own page.",
            ),
            call_to_action(
                "The 2024 open call",
                "Details of the call on Safe Online's site.",
                url=OPEN_CALL_2024_URL,
                button_label="Open call details",
            ),
        ),
        tags=(PREVENTION, POLICY),
    ),
    # --- Examples ---------------------------------------------------------------------------
    Story(
        title="What young people told us about safety in AI tools",
        slug="example-young-people-ai-tools",
        date=DaysFromLoad(-14),
        told_by=GRANTEE,
        example=True,
        image="conversation",
        intro="The youth researchers of the Example Youth Safety Network describe their first "
        "workshops on chatbots and image generators.",
        body=(
            paragraph(
                "We trained twelve young researchers before running any workshops, so that each "
                "session had someone who knew what to do if a participant disclosed harm.",
                "In the first four workshops, participants talked far more about image "
                "generators than chatbots. Several described seeing edited images of classmates, "
                "and most said they would not know where to report one.",
            ),
            heading("What we are doing next"),
            paragraph(
                "The next workshops will test simple reporting designs that participants "
                "sketched themselves.",
            ),
        ),
        related_projects=("example-youth-generative-ai",),
        tags=(GENERATIVE_AI, PEER_ABUSE, USER_REPORTING),
    ),
    Story(
        title="Answering children by chat: a year on the evening shift",
        slug="example-helpline-evening-shift",
        date=DaysFromLoad(-72),
        told_by=GRANTEE,
        example=True,
        image="dawn",
        intro="Counsellors at the Example Helpline Collective describe what changed when "
        "children could reach them by chat.",
        body=(
            paragraph(
                "Before we offered chat, children almost never contacted us about something that "
                "happened online. In the first month of evening chat, those contacts more than "
                "doubled.",
                "Chat asks different things of counsellors: shorter replies, and care not to "
                "lose the thread when several conversations run at once.",
            ),
        ),
        related_projects=("example-helpline-chat",),
        tags=(HELP_SEEKING, TRAUMA_INFORMED, USER_REPORTING),
    ),
]
