"""StreamField blocks shared by every page type. Each block renders its own template in
templates/components/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    name = blocks.CharBlock(max_length=120, help_text="Who said it.")
    role = blocks.CharBlock(
        max_length=200, required=False, help_text="Their role and organisation."
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=20, help_text='The number itself, e.g. "1 in 3" or "20%".')
    label = blocks.CharBlock(max_length=200, help_text="What the number measures.")
    source = blocks.CharBlock(max_length=200, required=False)


class FiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(FigureBlock(), min_num=1, max_num=4)

    class Meta:
        icon = "table"
        template = "components/blocks/figures.html"


class FundFiguresBlock(blocks.StaticBlock):
    """The fund-wide figures kept in Settings > Fund figures, so every page quotes one source."""

    class Meta:
        icon = "table"
        label = "Fund figures"
        admin_text = (
            "Shows the fund-wide figures (invested, projects, countries) from Settings > Fund "
            "figures, each with its source and date."
        )
        template = "components/blocks/fund_figures.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(max_length=120, required=False, help_text="Defaults to its title.")

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")
    button_label = blocks.CharBlock(max_length=40, default="Find out more")

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or enter a URL.")}
            )
        return value


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A YouTube or Vimeo address.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    """The main body of any page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    figures = FiguresBlock()
    fund_figures = FundFiguresBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()


def stream_text(stream_value):
    """The plain text of a StreamField value, as the search index sees it."""
    return [
        strip_tags(str(text))
        for text in stream_value.stream_block.get_searchable_content(stream_value)
        if text  # empty optional blocks come back as None
    ]
