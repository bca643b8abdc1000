"""The trust pages: the privacy notice, the cookie statement and the accessibility statement
(home.trust finds them by slug, for the footer and the forms).

They describe this site as its code behaves: every period and cookie named here is one the code
enforces or sets (tests/home/test_trust_pages.py holds the two together). Staff edit them in
Wagtail like any standard page; the builder dates them the day the demo is loaded."""

from dataclasses import dataclass

from .streamfield import bullets, heading, paragraph

CONTACT_EMAIL = "hello@safeonline.example"  # the demo's site settings give the same address
WRITE_TO_US = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'


@dataclass(frozen=True)
class TrustPage:
    title: str
    slug: str
    intro: str
    body: tuple[dict, ...]


PRIVACY_NOTICE = TrustPage(
    title="Privacy notice",
    slug="privacy",
    intro="What this site keeps about the people who use it, why, for how long, who handles it, "
    "and how you can see, correct or delete it.",
    body=(
        heading("Who is responsible"),
        paragraph(
            "Safe Online runs this site and decides what personal data it collects and how that "
            "data is used. Write to us about anything on this page at "
            f'{WRITE_TO_US} or through our <a href="/contact/">contact page</a>.'
        ),
        heading("Reading the site"),
        paragraph(
            "You can read every page, search, follow the feeds and use the open data without an "
            "account and without telling us who you are. The site runs no analytics or "
            "advertising scripts, and neither its pages nor its emails carry tracking pixels. "
            'Reading it sets no cookies: our <a href="/cookies/">cookie statement</a> lists the '
            "few that forms and sign-in need.",
            "The computers that serve the site see your internet (IP) address with every "
            "request, as any website's do. The site itself uses it for one thing: counting how "
            "many forms one connection sends in an hour, so that nobody can use our forms to "
            "flood an inbox. Those counts are thrown away within the hour.",
            "We count what people search for, so that we can add the words the field uses and "
            "see what nobody finds: each search adds one to a tally kept per wording and per "
            "day, with nothing about who searched. The tally keeps the wording itself, so please "
            "don't type personal details into the search box. Each day's tally is deleted after "
            "a year, and a wording with it once nobody has searched for it since.",
        ),
        heading("Stay in the loop: digests and insight alerts"),
        bullets(
            "When you subscribe to our emails:",
            [
                "<b>What we keep.</b> Your email address; your name and organisation if you give "
                "them; the kind of work you do; your themes, how often you want the digest and "
                "whether you want insight alerts. Each time you agree, change your choices or "
                "unsubscribe, we record what the form said, which form it was and when.",
                "<b>Why.</b> To send you what you chose and nothing else, with the "
                "recommendations written for your kind of work first. You can withdraw your "
                "agreement at any time by unsubscribing.",
                "<b>What we note as we email you.</b> Which digests and alerts went to you and "
                "when, and whether our email service told us that an email to you bounced or was "
                "marked as spam, in which case we stop emailing you. We count clicks and "
                "unsubscribes per email in totals only, never against your name: "
                '<a href="/newsletter/privacy/">what we keep and what we count</a> explains how.',
                "<b>How long.</b> A sign-up that is never confirmed is deleted after 30 days "
                "(the confirmation link itself works for 72 hours). A subscription is kept until "
                "you delete it. If you unsubscribe, your address stays marked as unsubscribed, "
                "with the record of what you agreed to, so that we do not email you again by "
                "mistake; the preferences link in any email we sent you lets you delete it at "
                "once.",
            ],
        ),
        heading("The contact form"),
        bullets(
            "When you write to us through the contact page:",
            [
                "<b>What we keep.</b> Your name, email address, organisation if you give it, "
                "what kind of organisation you are, and your message.",
                "<b>Why.</b> To answer you. The message is stored on the site and emailed to the "
                "team that handles enquiries.",
                "<b>How long.</b> Messages are deleted from the site automatically 12 months "
                "after they arrive. The copy emailed to our team lives in our staff email, "
                "outside this site, and is handled under our own email practice.",
            ],
        ),
        heading("The grantee portal"),
        bullets(
            "The portal is for members of the research teams Safe Online funds, whom our staff "
            "invite by email.",
            [
                "<b>What we keep.</b> The name, email address and role in your invitation; your "
                "account, whose password is stored only in a scrambled form that cannot be read "
                "back; the projects you may work on and since when; the updates, proposed edits, "
                "images, image credits and documents you submit, each saved version and who "
                "saved it; and our reviewers' comments.",
                "<b>Why.</b> So that your team can report on its grant, so that we can review "
                "what you send before it is published, and so that there is a record of what "
                "appeared on the site and who wrote it.",
                "<b>Signing in.</b> Each sign-in is recorded with its time, internet address and "
                "browser, to protect accounts; these records are deleted after 90 days. Failed "
                "attempts are counted for an hour, to pause anyone guessing passwords, and then "
                "deleted. Invitation links work for 14 days and password reset links for 3 days.",
                "<b>How long.</b> What you publish becomes part of your project's public record. "
                "Your account, the record of your access and the history of the pages you "
                "worked on are kept while the project is on the site; ask us and we will close "
                "your account and remove what was never published. An invitation that is never "
                "accepted is kept as the record that it was sent.",
            ],
        ),
        heading("Who handles your data"),
        paragraph(
            "Safe Online staff who run the site and its communications see what is described "
            "above, in the site's administration area. Two kinds of service provider handle it "
            "on our behalf and only to provide their service: the company that hosts the site "
            "and its database, and the email service that delivers our emails and reports "
            "bounces to us. We do not sell personal data or share it with advertisers. Ask us "
            "and we will tell you who these providers are.",
        ),
        heading("Your rights"),
        paragraph(
            "You can ask us for a copy of the personal data we hold about you, and ask us to "
            "correct it, delete it or stop using it. Members of our mailing list can do most of "
            "this themselves: every email we send links to a page where you can change your "
            "choices, download everything we hold about you, or delete it all at once.",
            f"For anything else, write to {WRITE_TO_US} or use the "
            '<a href="/contact/">contact page</a>. We will answer within one month. If you are '
            "not satisfied with our answer, you can complain to the data protection authority "
            "where you live or work.",
        ),
        heading("Changes to this notice"),
        paragraph(
            "When the site starts keeping something new, or keeps something for longer, we "
            "change this page first. The date at the top shows when it last changed."
        ),
    ),
)

COOKIE_STATEMENT = TrustPage(
    title="Cookies",
    slug="cookies",
    intro="This site sets only the cookies it needs to work. Reading it sets none.",
    body=(
        paragraph(
            "A cookie is a small file a website asks your browser to keep. We use none for "
            "analytics, advertising or following you around the web, so there is nothing here "
            "to accept or refuse.",
        ),
        heading("The cookies we set"),
        bullets(
            "Each one is needed for something you asked the site to do:",
            [
                "<b>csrftoken</b> is set when you open a page with a form, such as the contact "
                "form, the newsletter sign-up or the portal's sign-in. It proves that the form "
                "you send came from this site, so that no other site can send it in your name. "
                "It holds a random value and nothing about you, and it expires after a year.",
                "<b>sessionid</b> is set only when a grantee or a member of staff signs in, to "
                "keep them signed in. It ends when they sign out, or after two weeks.",
                "<b>messages</b> carries a one-line notice, such as “Your update was saved”, from "
                "one portal page to the next, and is removed as soon as it has been shown.",
                "<b>wagtail_sidebar_collapsed</b> remembers, for staff in the administration "
                "area, whether its menu is folded away.",
            ],
        ),
        heading("Videos from other sites"),
        paragraph(
            "A page may include a video played from YouTube or Vimeo. The player comes from "
            "that service, which may set cookies of its own under its own policy."
        ),
        heading("Keeping this page true"),
        paragraph(
            "The site's automated tests open its public pages as a visitor would and fail if "
            "any of them sets a cookie other than those above. Our "
            '<a href="/privacy/">privacy notice</a> says what else the site keeps and why.'
        ),
    ),
)

ACCESSIBILITY_STATEMENT = TrustPage(
    title="Accessibility statement",
    slug="accessibility",
    intro="We want everyone to be able to use this site, including people who use a screen "
    "reader, magnification, voice control or only a keyboard.",
    body=(
        heading("The standard we work to"),
        paragraph(
            "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA "
            "across the public site and the grantee portal."
        ),
        heading("How we test"),
        bullets(
            "What we check, and how:",
            [
                "The site's browser tests open a page of every kind (the home page, each "
                "listing, projects and their updates, insight briefs, stories, events, topics, "
                "countries, search and the newsletter pages) and every page of the grantee "
                "portal, and run the axe-core checker's WCAG 2.1 A and AA rules on each. A "
                "change that breaks one of those rules fails the tests.",
                "Every page begins with a link that skips to its main content, the menu opens "
                "and closes from the keyboard, and the pages work without JavaScript.",
                "Automated checkers find only some kinds of barrier, so we rely on the people "
                "who meet the others to tell us.",
            ],
        ),
        heading("What we know is not yet accessible"),
        bullets(
            "Some content comes from elsewhere:",
            [
                "Some reports linked from project pages are PDF files published by our grantees "
                "and partners, and may not work well with assistive technology. Ask us and we "
                "will help you get the content in a form you can use.",
                "Videos play in YouTube's or Vimeo's own player; their captions are the ones the "
                "publisher provided.",
                "The administration area our staff use is part of Wagtail, the content "
                "management system, and is not covered by this statement.",
            ],
        ),
        heading("Report a problem"),
        paragraph(
            "If something on the site is hard or impossible for you to use, tell us which page "
            'it was and what happened, through the <a href="/contact/">contact page</a> or at '
            f"{WRITE_TO_US}. We will reply, and where we can we will fix the problem or give "
            "you the content another way."
        ),
    ),
)

TRUST_PAGES = (PRIVACY_NOTICE, COOKIE_STATEMENT, ACCESSIBILITY_STATEMENT)
