"""Words people are on record as saying, verbatim, with where they were published. A quote block
in the demo can only be made from one of these (streamfield.quote); anything else a real person
said or thought is reported speech, in a paragraph, without quotation marks."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PublishedQuote:
    text: str
    name: str
    role: str
    published_in: str


CONVENING_2023_RECAP = "Safe Online's recap of the 2023 Research Fund convening"
DATA_FOR_CHANGE_REFLECTIONS = "Reflections: Safe Digital Futures for Children – Data for Change"

AMANDA_THIRD = PublishedQuote(
    "Meeting the other researchers and hearing about their work was perhaps the most useful "
    "because it made me feel like part of a movement for change - and we can all do with "
    "feeling a bit of unity in this field",
    "Amanda Third",
    "Young & Resilient Research Centre, University of Western Australia",
    CONVENING_2023_RECAP,
)
LINA_MARIA_SALDARRIAGA = PublishedQuote(
    "I found it practical and action-oriented. I think there was a very fluid dialogue where we "
    "managed to put everyone's needs and work into perspective",
    "Lina María Saldarriaga",
    "Universidad de los Andes",
    CONVENING_2023_RECAP,
)
POLICY_DISCUSSION_GROUP = PublishedQuote(
    "Researchers could reflect on methods and think about the minimum viable product – a gold "
    "standard works in a vacuum but not real-world contexts. What matters is what’s making a "
    "difference.",
    "Group discussion on policy",
    "2023 Research Fund convening",
    CONVENING_2023_RECAP,
)
INDUSTRY_PARTICIPANT_2023 = PublishedQuote(
    "Valuable connections were made for professional networking and information sharing - we "
    "solved mutual problems together!",
    "Tech industry participant",
    "Post-workshop survey, 2023 Research Fund convening",
    CONVENING_2023_RECAP,
)
SERENA_TOMMASINO = PublishedQuote(
    "Without data this crime will remain invisible, and we would be investing in the dark.",
    "Serena Tommasino",
    "Safe Online",
    DATA_FOR_CHANGE_REFLECTIONS,
)
NATALIE_SHOUP = PublishedQuote(
    "We need this full picture of data to inform more dynamic systems and anticipatory "
    "frameworks so that we are not always reactive.",
    "Natalie Shoup",
    "Safe Online",
    DATA_FOR_CHANGE_REFLECTIONS,
)

PUBLISHED_QUOTES = [
    AMANDA_THIRD,
    LINA_MARIA_SALDARRIAGA,
    POLICY_DISCUSSION_GROUP,
    INDUSTRY_PARTICIPANT_2023,
    SERENA_TOMMASINO,
    NATALIE_SHOUP,
]
