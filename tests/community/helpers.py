"""Helpers the portal's tests share, in the browser and out of it."""


def editable_content(page):
    """What the portal's project form can change, to compare a proposal with the live page."""
    return {
        "summary": page.summary,
        "website": page.website,
        "outputs": [
            (output.title, output.kind, output.url, output.year, output.document_id)
            for output in page.outputs.all()
        ],
        "contacts": [
            (contact.name, contact.role, contact.organisation, contact.email)
            for contact in page.contacts.all()
        ],
    }
