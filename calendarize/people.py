"""Who organises an event and whom to contact: organiser phrases, e-mail, phone, names.

>>> [o.name for o in find_organisers("Veranstalter ist die IHK Region Stuttgart.")]
['IHK Region Stuttgart']
>>> restore_email("bernhard.grieb(at)clusteragentur-bw(dot)de")
'bernhard.grieb@clusteragentur-bw.de'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Contact, Organiser, Role
from .vocabulary import DETERMINERS, LEGAL_FORMS, ORGANISER_PARTICIPLES

_CAP = r"[A-ZÄÖÜ0-9][\w&'’.+/-]*"
_ADJ = r"[a-zäöü][\w-]*(?:e|en|er|es)"
_ART = r"(?:der|die|das|des|dem|den)"
_ORG_LINK = r"(?:für|und|der|des|von|zu|zur|zum|im|am|an der|in|&|sowie|e\.[ ]?V\.)"
# An organisation's name: capitalised words, joined by links ("Ministerium für Wirtschaft,
# Arbeit und Wohnungsbau Baden-Württemberg"), optionally after an article and adjectives.
_ORG = (
    rf"(?:{_ART}[ \t]+)?(?:{_ADJ}[ \t]+){{0,2}}{_CAP}"
    rf"(?:(?:,[ \t]*|[ \t]+(?:(?:{_ORG_LINK})[ \t]+)*(?:{_ART}[ \t]+)?(?:{_ADJ}[ \t]+)?){_CAP})*"
)
_PARTICIPLE = "|".join(ORGANISER_PARTICIPLES)

# Each pattern is named for the German form it reads; group "org" holds the name(s).
_ORGANISER_FORMS: tuple[tuple[re.Pattern[str], Role], ...] = (
    # "veranstaltet von X", "organisiert durch X", "ausgerichtet vom X"
    (re.compile(rf"\b(?:veranstaltet|organisiert|ausgerichtet|durchgeführt)[ \t]+"
                rf"(?:von|vom|durch)[ \t]+(?P<org>{_ORG})"), Role.ORGANISER),
    # "die vom X veranstaltete Tagung", "die durch X organisierte Jahrestagung"
    (re.compile(rf"\b(?:vom|von|durch)[ \t]+(?P<org>{_ORG})[ \t]+(?:{_PARTICIPLE})\b(?![ \t]+(?:werden|wird))"),
     Role.ORGANISER),
    # "Veranstalter ist X", "Veranstalter: X", "Gastgeber sind X"
    (re.compile(rf"\b(?:Veranstalter(?:in)?|Organisator(?:en)?|Ausrichter)(?:[ \t]+(?:ist|sind|war|waren)"
                rf"|[ \t]*:)[ \t]+(?P<org>{_ORG})"), Role.ORGANISER),
    (re.compile(rf"\bGastgeber(?:in)?(?:[ \t]+(?:ist|sind|war|waren)|[ \t]*:)[ \t]+(?P<org>{_ORG})"),
     Role.HOST),
    # "luden X und Y ... ein" (verb first), "X lädt ... ein" (subject first)
    (re.compile(rf"\b(?:luden|lud|laden|lädt)[ \t]+(?P<org>{_ORG})(?=[^.]*\bein\b)"), Role.ORGANISER),
    (re.compile(rf"(?:^|[.:!?][ \t]+)(?P<org>{_ORG})[ \t]+(?:lädt|laden|lud|luden|richtet|richten|"
                rf"richtete|richteten|veranstaltet|veranstaltete|veranstalten|organisiert|"
                rf"organisierte|organisieren)\b"), Role.ORGANISER),
    # "X hat sich mit ... getroffen", "X traf sich mit ...": the one who meets others hosts
    (re.compile(rf"(?:^|[.:!?][ \t]+)(?P<org>{_ORG})[ \t]+(?:hat|hatte)[ \t]+sich[ \t]+mit\b[^.]*\bgetroffen"),
     Role.HOST),
    (re.compile(rf"\bauf[ \t]+Einladung[ \t]+(?:von[ \t]+|vom[ \t]+)?(?P<org>{_ORG})"), Role.HOST),
    # "im Auftrag des X": commissioner; "initiiert durch X", "durch X initiiert": initiator
    (re.compile(rf"\bim[ \t]+Auftrag[ \t]+(?P<org>{_ORG})"), Role.COMMISSIONER),
    (re.compile(rf"\b(?:initiiert|ins[ \t]+Leben[ \t]+gerufen)[ \t]+(?:von|vom|durch)[ \t]+(?P<org>{_ORG})"),
     Role.INITIATOR),
    (re.compile(rf"\b(?:durch|von|vom)[ \t]+(?P<org>{_ORG})[ \t]+(?:initiiert|ins[ \t]+Leben[ \t]+gerufen)\b"),
     Role.INITIATOR),
)

# Words that end an organisation's name even when capitalised.
_STOP_WORDS = frozenset({
    "Am", "Im", "In", "Zu", "Zum", "Zur", "Mit", "Auf", "Bei", "Vom", "Von", "Nach", "Unter",
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember", "Auftrag", "Rahmen", "Anschluss",
})  # fmt: skip
_SPLIT_AND = re.compile(rf"[ \t]+(?:und|sowie)[ \t]+(?={_ART}[ \t])|(?:(?<=GmbH)|(?<=e\.V\.)|(?<=[ \t]AG))[ \t]+(?:und|sowie)[ \t]+|,[ \t]+(?={_ART}[ \t])")
_DETERMINER = "|".join(sorted(DETERMINERS | {d.capitalize() for d in DETERMINERS}, key=len, reverse=True))
_LEADING = re.compile(rf"^(?:(?:{_DETERMINER})[ \t]+)*(?:{_ADJ}[ \t]+)*")
_CUT_AT = re.compile(
    r"[ \t]+(?:im[ \t]+Auftrag\b|am[ \t]+[0-9]|vom[ \t]+[0-9]|in[ \t]+(?=[A-ZÄÖÜ])|nach[ \t]|"
    r"zu[ \t]+(?:einer|einem|der|dem|den)\b|zum\b|zur\b|mit[ \t]|ein\b|[0-9]).*$"
)
_TRAIL = re.compile(r"(?:[ \t,]+(?:und|sowie|für|der|des|von|zu|zur|zum|im|am|in|an der|&))+$")


def _clean_name(raw: str) -> str:
    name = _CUT_AT.sub("", raw)
    name = _LEADING.sub("", name)
    words = name.split()
    for i, word in enumerate(words):
        if i and word in _STOP_WORDS:
            words = words[:i]
            break
    name = _TRAIL.sub("", " ".join(words)).strip(" ,.;:")
    return name


def split_names(raw: str) -> list[str]:
    """'die Hessen Agentur GmbH und die Hessen Trade & Invest GmbH' → two names."""
    names = [_clean_name(part) for part in _SPLIT_AND.split(raw)]
    return [n for n in names if n and n[0].isupper() and len(n) > 1]


def find_organisers(sentence: str) -> list[Organiser]:
    """Organisers, hosts, commissioners and initiators named in one sentence."""
    found: list[Organiser] = []
    for pattern, role in _ORGANISER_FORMS:
        for m in pattern.finditer(sentence):
            for name in split_names(m["org"]):
                found.append(Organiser(name, role))
    return list(dict.fromkeys(found))


def organiser_key(name: str) -> str:
    """A name without legal form and case, to see that two spellings are one organiser.

    >>> organiser_key("Hessen Trade & Invest GmbH") == organiser_key("Hessen Trade & Invest")
    True
    """
    key = name
    for form in LEGAL_FORMS:
        key = re.sub(rf"(?:^|\s){re.escape(form)}(?=\s|$)", " ", key)
    return re.sub(r"[^\w&]+", " ", key).casefold().strip()


# -- contacts -----------------------------------------------------------------------------

_AT = re.compile(r"[ \t]*(?:\((?:at|ät|@)\)|\[(?:at|ät|@)\]|\{(?:at|ät|@)\}|[ \t]+(?:at|AT)[ \t]+)[ \t]*")
_DOT = re.compile(r"[ \t]*(?:\((?:dot|punkt|\.)\)|\[(?:dot|punkt|\.)\]|\{(?:dot|punkt)\}|[ \t]+(?:dot|DOT)[ \t]+)[ \t]*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_EMAIL_LIKE = re.compile(
    r"[\w.+-]+(?:[ \t]*(?:\((?:at|ät|@)\)|\[(?:at|ät|@)\]|\{(?:at|ät|@)\}|@)[ \t]*|[ \t]+at[ \t]+)"
    r"[\w-]+(?:(?:[ \t]*(?:\((?:dot|punkt|\.)\)|\[(?:dot|punkt|\.)\])[ \t]*|\.|[ \t]+dot[ \t]+)[\w-]+)+"
)
_PHONE_LABEL = r"(?:Tel(?:efon)?\.?|Fon|Phone|Mobil|Handy|T\.|Fax)"
_PHONE = re.compile(
    rf"(?P<label>{_PHONE_LABEL}[ \t]*:?[ \t]*(?:\n[ \t]*)?)?"
    r"(?P<number>(?:\+[ \t]?[0-9]{2}|\(?0)[0-9 \t()/-]{5,22}[0-9](?:[ \t]*-[ \t]*[0-9]{1,5})?)"
)
_PERSON = re.compile(
    r"(?:(?:Herr|Frau|Dr\.|Prof\.|Dipl\.-Ing\.|Mag\.)[ \t]+)*"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:[ \t]+[A-ZÄÖÜ]\.)?[ \t]+"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)
_HONORIFIC_NAME = re.compile(
    r"\b(?P<title>Herr(?:n)?|Frau)[ \t]+(?P<name>(?:(?:Dr\.|Prof\.)[ \t]+)*"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
)


def restore_email(text: str) -> str:
    """An obfuscated address made whole: 'name(at)domain(dot)de', 'name [at] domain.de'."""
    return _DOT.sub(".", _AT.sub("@", text)).strip()


def find_emails(text: str) -> Iterator[tuple[int, str]]:
    for m in _EMAIL_LIKE.finditer(text):
        email = restore_email(m.group(0))
        if _EMAIL.fullmatch(email):
            yield m.start(), email.rstrip(".")


def find_phones(text: str) -> Iterator[tuple[int, str]]:
    """Phone numbers that carry a label or an international prefix."""
    for m in _PHONE.finditer(text):
        number = re.sub(r"[ \t]+", " ", m["number"]).strip()
        digits = re.sub(r"\D", "", number)
        if not (m["label"] or number.startswith("+")) or not 6 <= len(digits) <= 16:
            continue
        if m["label"] and m["label"].startswith("Fax"):
            continue
        yield m.start("number"), re.sub(r"^\+ ", "+", number)


def _person_for(email: str, lines: list[str]) -> str | None:
    """A line that names the person the address belongs to ('bernhard.grieb@' → 'Bernhard Grieb')."""
    local = re.split(r"[._-]", email.split("@")[0].casefold())
    candidates = [m.group(0) for line in lines for m in [_PERSON.fullmatch(line.strip())] if m]
    for name in candidates:
        parts = [p.casefold() for p in re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", name)]
        if any(p in local for p in parts if len(p) > 2):
            return name
    return candidates[0] if candidates else None


def contact_block(lines: list[str]) -> Contact | None:
    """A contact from the lines of an 'Ansprechpartner' block: name, e-mail, phone."""
    text = "\n".join(lines)
    email = next((e for _, e in find_emails(text)), None)
    phone = next((p for _, p in find_phones(text)), None)
    if email is None and phone is None:
        return None
    name = _person_for(email or "", lines)
    return Contact(name=name, email=email, phone=phone)


def inline_contacts(sentence: str) -> list[Contact]:
    """Contacts given in running text: 'über Frau Krueger (a.krueger(at)wm.de, Tel.: 0711 1)'."""
    emails = list(find_emails(sentence))
    phones = list(find_phones(sentence))
    if not emails and not phones:
        return []
    names = [(m.start(), m["name"]) for m in _HONORIFIC_NAME.finditer(sentence)]
    contacts = []
    anchors = emails or phones
    for i, (pos, value) in enumerate(anchors):
        nxt = anchors[i + 1][0] if i + 1 < len(anchors) else len(sentence)
        prev = anchors[i - 1][0] if i else 0
        name = next((n for p, n in reversed(names) if prev <= p < pos), None)
        phone = next((p for q, p in phones if pos <= q < nxt), None) if emails else value
        contacts.append(Contact(name=name, email=value if emails else None, phone=phone))
    return contacts
