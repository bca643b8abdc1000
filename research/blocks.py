"""StreamField blocks that belong to research data rather than to every page (home/blocks.py).
Each block renders its own template in templates/research/blocks/."""

from wagtail import blocks


class CountryFindingBlock(blocks.StructBlock):
    """One published statement about a single country, with the page that published it."""

    figure = blocks.CharBlock(
        max_length=20, required=False, help_text='An optional headline number, e.g. "20%".'
    )
    text = blocks.TextBlock(
        help_text="What was published about this country, in one or two sentences."
    )
    source_url = blocks.URLBlock(label="Source", help_text="The public page that says so.")

    class Meta:
        icon = "doc-full"
        template = "research/blocks/country_finding.html"


class CountryFindingsBlock(blocks.StreamBlock):
    """What research found in one country, and what its government changed in response. Only
    what was published about that country: figures for a whole programme belong elsewhere."""

    finding = CountryFindingBlock(label="Finding")
    policy_change = CountryFindingBlock(label="Policy change", icon="tick")
