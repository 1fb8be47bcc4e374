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
from .nouns import is_event_noun
from .vocabulary import (
    ACADEMIC_TITLES,
    DETERMINERS,
    GENERIC_ORGANISERS,
    ORGANISATION_PURPOSES,
    ORGANISER_PARTICIPLES,
)

_CAP = r"[A-ZÄÖÜ0-9][\w&'’.+/-]*"
_WORD_CAP = r"[A-ZÄÖÜ][\w&'’.+/-]*"
_ADJ = r"[a-zäöü][\w-]*(?:e|en|er|es)"
_ART = r"(?:der|die|das|des|dem|den)"
_ORG_LINK = r"(?:für|und|der|des|von|zu|zur|zum|im|am|an der|in|&|sowie|for|of)"
_LEGAL = r"(?:e\.[ ]?V\.|gGmbH|GmbH|mbH|AG|KG|eG|gUG|UG)"
# An organisation's name: capitalised words, joined by links ("Ministerium für Wirtschaft,
# Arbeit und Wohnungsbau Baden-Württemberg"), optionally after an article and adjectives,
# optionally closed by a legal form ("Holzbau-Verband Baden e.V."). "der" is a link, an
# article and an adjective at once, so each step is an atomic group (?>…): it reads its words
# one way and is never re-split when the rest of a form fails, and a name has at most
# _NAME_WORDS capitalised words. Backtracking over a long name is then bounded, not
# exponential ("Forum Alte Ziegelei in der Fei" repeated).
_NAME_WORDS = 12
_JOINT = (
    rf"(?:,[ \t]*+(?={_WORD_CAP})|[ \t]++(?:(?:(?:{_ORG_LINK})[ \t]++){{1,3}}"
    rf"(?:{_ART}[ \t]++)?(?:{_ADJ}[ \t]++)?|[a-zäöü][\w-]*er[ \t]++)?)"
)
# "in Zusammenarbeit mit": it introduces a co-organiser; a name never runs on into it
_JOINT_WORK = r"in[ \t]+(?:Zusammenarbeit|Kooperation)"
# (a quoted name may close it: 'das Programm „Ökumenischer Hellenismus“')
_ORG_TAIL = (rf"(?>(?![ \t]+{_JOINT_WORK}\b){_JOINT}{_CAP}){{0,{_NAME_WORDS - 1}}}"
             rf"(?:[ \t]+{_LEGAL})?"
             r"(?:[ \t]+„[^“”\"\n]{2,60}“)?")
_ORG = rf"(?>(?:{_ART}[ \t]++)?(?:{_ADJ}[ \t]++){{0,2}}{_CAP}){_ORG_TAIL}"
# The same, but it must open with an article: "lädt die Stadt Heilbronn", not "lädt Gäste".
_ORG_WITH_ARTICLE = rf"(?>(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]++(?:{_ADJ}[ \t]++){{0,2}}{_CAP}){_ORG_TAIL}"
_ORG_WITH_DER = rf"(?>der[ \t]++(?:{_ADJ}[ \t]++){{0,2}}{_CAP}){_ORG_TAIL}"
_PARTICIPLE = "|".join(ORGANISER_PARTICIPLES)
_HOST_VERBS = (
    r"lädt|laden|lud|luden|richtet|richten|richtete|richteten|veranstaltet|veranstaltete|"
    r"veranstalten|veranstalteten|organisiert|organisierte|organisieren|organisierten|"
    r"bietet|bieten|öffnet|öffnen|öffnete|öffneten"
)
# Verbs before their subject ("lädt die Stadt … ein"); "öffnet die Mühle" opens a place
_HOST_VERBS_FIRST = _HOST_VERBS.split("|öffnet")[0] + "|zeigt|zeigen|zeigte|zeigten"
_CLAUSE_START = r"(?:^|(?<!\b[0-9])(?<!\b[0-9]{2})[.:!?;][ \t]+|[ \t][–—][ \t]+)"
# the rest of a clause "hat … eingeladen" (not "…, dass alle … eingeladen werden")
_INVITED = r"[^,;!?]{0,120}?\beingeladen\b(?![ \t]+(?:werden|wird|worden|sind|ist)\b)"
_OPENING_PREPOSITIONS = "Unter|Am|Zum|Zur|Im|Für|Nach|Vor|Mit|Bei|Beim|Auf|Anlässlich|Aus"
_CO_ORGANISER = re.compile(
    rf"[ \t]+(?:(?:gemeinsam|zusammen)[ \t]+mit|{_JOINT_WORK}[ \t]+mit)[ \t]+(?P<org>{_ORG})")

# Each pattern is named for the German form it reads; group "org" holds the name(s).
_ORGANISER_FORMS: tuple[tuple[re.Pattern[str], Role], ...] = (
    # "veranstaltet von X", "organisiert durch X", "ausgerichtet vom X"
    (re.compile(rf"\b(?:[Vv]eranstaltet|[Oo]rganisiert|[Aa]usgerichtet|[Dd]urchgeführt)[ \t]+"
                rf"(?:von|vom|durch)[ \t]+(?P<org>{_ORG})"), Role.ORGANISER),
    # "Veranstaltet wird die Reihe von X", "Ausgerichtet werden die Wochen vom X"
    (re.compile(rf"\b(?:Veranstaltet|Organisiert|Ausgerichtet|Durchgeführt)[ \t]+(?:wird|werden)"
                rf"[ \t]+(?:{_ART}[ \t]+)?[\w-]+[ \t]+(?:von|vom|durch)[ \t]+(?P<org>{_ORG})"),
     Role.ORGANISER),
    # "die vom X veranstaltete Tagung", "die durch X organisierte Jahrestagung"
    (re.compile(rf"\b(?:vom|von|durch)[ \t]+(?P<org>{_ORG})[ \t]+(?:{_PARTICIPLE})\b(?![ \t]+"
        rf"(?:werden|wird))"),
     Role.ORGANISER),
    # "Veranstalter ist X", "Veranstalter: X", "Gastgeber sind X", "Organisator der ersten
    # Weltkonferenz im Ausland lebender Griechen ist X" (the event between)
    (re.compile(rf"\b(?:Veranstalter(?:in)?|Organisator(?:en|in)?|Ausrichter(?:in)?)"
                rf"(?:[ \t]+(?:der|des)[ \t][^.;:!?]{{1,80}}?)?"
                rf"(?:[ \t]+(?:ist|sind|war|waren)|[ \t]*:)[ \t]+(?P<org>{_ORG})"), Role.ORGANISER),
    (re.compile(rf"\bGastgeber(?:in)?(?:[ \t]+(?:ist|sind|war|waren)"
        rf"|[ \t]*:)[ \t]+(?P<org>{_ORG})"),
     Role.HOST),
    # "Die Stadt Speyer als Veranstalterin"
    (re.compile(
        rf"(?P<org>{_ORG_WITH_ARTICLE})[ \t]+als[ \t]+(?:Veranstalter|Ausrichter|Organisator)"),
     Role.ORGANISER),
    # "lädt die Stadt Heilbronn … ein", "richtet die Stadt Offenburg … aus" (verb before subject)
    (re.compile(rf"\b(?:{_HOST_VERBS_FIRST})[ \t]+(?!sich\b)(?P<org>{_ORG_WITH_ARTICLE})"),
     Role.ORGANISER),
    # "öffnet der Heimatverein … die Ölmühle": only "der" marks the subject
    (re.compile(rf"\b(?:öffnet|öffnete)[ \t]+(?P<org>{_ORG_WITH_DER})"),
     Role.HOST),
    # "X lädt … ein" (subject first), "die X gemeinsam mit Y ausrichtet" (relative clause)
    (re.compile(rf"{_CLAUSE_START}(?P<org>{_ORG})[ \t]+(?:{_HOST_VERBS})\b(?![ \t]+sich\b)"),
     Role.ORGANISER),
    (re.compile(rf"\b(?:die|der|das)[ \t]+(?P<org>{_ORG_WITH_ARTICLE}|{_ORG})[ \t]+"
                r"(?=(?:gemeinsam|zusammen)[ \t]+mit\b[^,.]*\b"
                r"(?:ausrichtet|ausrichten|veranstaltet|"
                r"veranstalten|organisiert|organisieren)\b)"),
     Role.ORGANISER),
    # "X hat zu einem Empfang eingeladen", "hatten am 25. Januar die Drogenberatung und die
    # Ärztekammer zu einem Expertentreffen eingeladen" (subject first or after the verb)
    (re.compile(rf"{_CLAUSE_START}(?P<org>{_ORG})[ \t]+(?:hat|haben|hatte|hatten)[ \t]"
                rf"{_INVITED}"), Role.ORGANISER),
    # (the subject follows the verb only after an opening phrase: "Unter dem Motto … hatten")
    (re.compile(rf"(?:^|[.!?][ \t]+)(?:{_OPENING_PREPOSITIONS})[ \t][^;\n]{{0,80}}?[ \t]"
                rf"(?:hat|haben|hatte|hatten)[ \t](?:[^,;:!?]{{0,40}}?[ \t])??"
                rf"(?P<org>{_ORG_WITH_ARTICLE})[ \t]{_INVITED}"), Role.ORGANISER),
    # "X hat sich mit ... getroffen", "X traf sich mit ...": the one who meets others hosts
    (re.compile(rf"{_CLAUSE_START}(?P<org>{_ORG})[ \t]+(?:hat|hatte)[ \t]+sich[ \t]+mit\b[^.]*"
                r"\bgetroffen"), Role.HOST),
    (re.compile(rf"\bauf[ \t]+Einladung[ \t]+(?:von[ \t]+|vom[ \t]+)?(?P<org>{_ORG})"), Role.HOST),
    # "im Auftrag des X": commissioner; "initiiert durch X", "durch X initiiert": initiator
    (re.compile(rf"\bim[ \t]+Auftrag[ \t]+(?P<org>{_ORG})"), Role.COMMISSIONER),
    (re.compile(rf"\b(?:initiiert|ins[ \t]+Leben[ \t]+gerufen)[ \t]+(?:von|vom"
        rf"|durch)[ \t]+(?P<org>{_ORG})"),
     Role.INITIATOR),
    (re.compile(rf"\b(?:durch|von|vom)[ \t]+(?P<org>{_ORG})[ \t]+(?:initiiert"
        rf"|ins[ \t]+Leben[ \t]+gerufen)\b"),
     Role.INITIATOR),
)



_ACADEMIC = rf"(?:{'|'.join(ACADEMIC_TITLES)})\."  # "Prof.", "Dr."
# a speaker opening a line: "Dr. Eva Lang, Universität Passau", "Max Huber, Stadtarchiv"
SPEAKER = re.compile(rf"(?:{_ACADEMIC}|[A-ZÄÖÜ][a-zäöüß]+[ \t]+[A-ZÄÖÜ][\w-]+,)")
# one with an academic title, which no venue's line opens with ("Universität Siegen, …" does)
TITLED_SPEAKER = re.compile(rf"{_ACADEMIC}[ \t]")
# a speaker with an academic title before their talk's title: "Prof. Dr. Hauke Petersen: ",
# "Dr. Lea Mommsen (Kiel): "
SPEAKER_LEAD = re.compile(
    rf"(?:{_ACADEMIC}(?:[ \t]*[\w-]+\.)?[ \t]+)+(?:[A-ZÄÖÜ][\w-]*\.?[ \t]+){{0,3}}"
    r"[A-ZÄÖÜ][\w-]+(?:[ \t]+\([^()\n]{1,40}\))?:[ \t]+(?=\S)")
# a speaker and the place they come from, alone: "Jana Wessels (Osnabrück)"
SPEAKER_FROM = re.compile(  # (with an academic title: "Dr. Olaf Brandt (Thünen-Institut, Rostock)")
    rf"(?:{_ACADEMIC}[ \t]+)*"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:[ \t-]+[A-ZÄÖÜ][a-zäöüß]+){1,2}[ \t]+\([A-ZÄÖÜ][^()]*\)")


def _cues(*words: str) -> tuple[str, ...]:
    """The fewest words to look for: 'veranstaltet' finds 'veranstaltete' too."""
    return tuple(w for w in dict.fromkeys(words) if not any(c != w and c in w for c in words))


_VERBS_FIRST_CUES = _cues(*_HOST_VERBS_FIRST.split("|"))
_ASSIGNED_CUES = _cues("Veranstalter", "Ausrichter", "Organisator")
_INITIATED_CUES = _cues("initiiert", "Leben")
# Per form, in its order, the words (case as written) one of which it cannot match
# without: a sentence that holds none skips the form's regex, which would otherwise be
# tried at every position of the sentence.
_FORM_CUES: tuple[tuple[str, ...], ...] = (
    _cues("eranstaltet", "rganisiert", "usgerichtet", "urchgeführt"),
    _cues("Veranstaltet", "Organisiert", "Ausgerichtet", "Durchgeführt"),
    _cues(*ORGANISER_PARTICIPLES),
    _ASSIGNED_CUES,
    ("Gastgeber",),
    _ASSIGNED_CUES,
    _VERBS_FIRST_CUES,
    ("öffnet",),
    _cues(*_HOST_VERBS.split("|")),
    ("gemeinsam", "zusammen"),
    ("eingeladen",),
    ("eingeladen",),
    ("getroffen",),
    ("Einladung",),
    ("Auftrag",),
    _INITIATED_CUES,
    _INITIATED_CUES,
)
_ANY_CUE = re.compile("|".join(
    re.escape(c) for c in sorted({c for cues in _FORM_CUES for c in cues}, key=len, reverse=True)))
_CUE_WORDS = _cues(*(c for cues in _FORM_CUES for c in cues))


def organiser_cues(text: str) -> tuple[str, ...]:
    """The organiser forms' cue words that ``text`` holds. A sentence of the text that holds
    none of these names no organiser (``find_organisers`` finds none in it): a caller that
    reads many sentences of one text looks for a few words instead of all of them."""
    return tuple(cue for cue in _CUE_WORDS if cue in text)

# Words that end an organisation's name even when capitalised.
_STOP_WORDS = frozenset({
    "Am", "Im", "In", "Zu", "Zum", "Zur", "Mit", "Auf", "Bei", "Vom", "Von", "Nach", "Unter",
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember", "Auftrag", "Rahmen", "Anschluss", "Montag", "Dienstag",
    "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Uhr", "Jänner",
    # the invited, right after the host: "lädt das Museum Kinder … ein"
    "Kinder", "Gäste", "Besucher", "Besucherinnen", "Bürger", "Bürgerinnen", "Eltern",
    "Mitglieder", "Interessierte", "Schüler", "Schülerinnen", "Familien", "Jugendliche",
    "Senioren", "Frauen", "Männer", "Teilnehmer", "Teilnehmende", "Unternehmer",
    "Einheimische", "Touristen", "Urlauber", "Anwohner", "Nachbarn",
    "Unternehmerinnen", "Unternehmen", "Fachleute", "Studierende", "Alle", "Sie",
})  # fmt: skip
# Words that cannot open an organisation's name: a fronted adverbial ("Zum Auftakt lädt …").
_NOT_SUBJECT = frozenset({
    "Zum", "Zur", "Am", "Im", "Beim", "Vom", "Bei", "Auf", "In", "Mit", "Nach", "Unter", "Seit",
    "Ab", "Bis", "Für", "Zu", "Um", "Anschließend", "Bereits", "Heute", "Morgen", "Dann",
    "Danach", "Außerdem", "Zudem", "Auch", "Erstmals", "Wieder", "Dazu", "Hierzu", "Deshalb",
    "Daher", "Zuvor", "Traditionell", "Gemeinsam", "Wir", "Sie", "Er", "Es", "Ihr", "Man",
    "Diese", "Dieser", "Dieses", "Jeder", "Alle", "Viele", "Einige", "Wer", "Was", "Wie",
    "Vorher", "Zunächst", "Abends", "Nachmittags", "Mittags", "Dort", "Hier", "Ebenfalls",
})  # fmt: skip
_SPLIT_AND = re.compile(rf"[ \t]+(?:und|sowie)[ \t]+(?={_ART}[ \t])|(?:(?<=GmbH)|(?<=e\.V\.)"
    rf"|(?<=[ \t]AG))[ \t]+(?:und|sowie)[ \t]+|,[ \t]+(?={_ART}[ \t])")
_DETERMINER = "|".join(
    sorted(DETERMINERS | {d.capitalize() for d in DETERMINERS}, key=len, reverse=True)
)
_LEADING = re.compile(rf"^(?:(?:{_DETERMINER})[ \t]+)*(?:{_ADJ}[ \t]+)*")
# "Gesellschaft zur Förderung des Radsports": a purpose that belongs to the name
_PURPOSES = "|".join(ORGANISATION_PURPOSES)
_CUT_AT = re.compile(
    r"[ \t]+(?:im[ \t]+Auftrag\b|am[ \t]+[0-9]|vom[ \t]+[0-9]|in[ \t]+(?=[A-ZÄÖÜ])|nach[ \t]|"
    r"zu[ \t]+(?:einer|einem|der|dem|den)\b|(?:zum|zur)\b(?![ \t]+(?:" + _PURPOSES + r")\b)"
    r"|mit[ \t]|ein\b|[0-9]{1,2}\.|"
    r"[0-9]+[ \t]+Uhr).*$"
)
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3})\.[ \t].*$")
_TRAIL = re.compile(r"(?:[ \t,]+(?:und|sowie|für|der|des|von|zu|zur|zum|im|am|in|an der|&))+$")


def _clean_name(raw: str) -> str:
    if raw.split()[0] in _NOT_SUBJECT:
        return ""
    name = _SENTENCE_END.sub("", raw)
    name = _CUT_AT.sub("", name)
    name = _LEADING.sub("", name)
    words = name.split()
    for i, word in enumerate(words):
        if i and word in _STOP_WORDS:
            words = words[:i]
            break
    name = _TRAIL.sub("", " ".join(words)).strip(" ,;:")
    if not name.endswith(("e.V.", "e. V.")):
        name = name.rstrip(".")
    return name


def split_names(raw: str) -> list[str]:
    """'die Hessen Agentur GmbH und die Hessen Trade & Invest GmbH' → two names."""
    names = [_clean_name(part) for part in _SPLIT_AND.split(raw)]
    return [n for n in names if n and n[0].isupper() and len(n) > 1]


def find_organisers(sentence: str) -> list[Organiser]:
    """Organisers, hosts, commissioners and initiators named in one sentence.

    >>> [o.name for o in find_organisers(
    ...     "Vom 30. Juni an richtet die Stadt Offenburg gemeinsam mit der Werbegemeinschaft "
    ...     "Offenburg City e.V. das Stadtfest aus.")]
    ['Stadt Offenburg', 'Werbegemeinschaft Offenburg City e.V.']
    """
    found: list[Organiser] = []
    if _ANY_CUE.search(sentence) is None:
        return found  # most sentences: no form's regex need look at them
    for (pattern, role), cues in zip(_ORGANISER_FORMS, _FORM_CUES, strict=True):
        if not any(cue in sentence for cue in cues):
            continue
        for m in pattern.finditer(sentence):
            raws = [m["org"]]
            co = _CO_ORGANISER.match(sentence, m.end("org"))
            if co is None and m.end() > m.end("org"):  # "X lädt gemeinsam mit Y … ein"
                co = _CO_ORGANISER.match(sentence, m.end())
            if co:
                raws.append(co["org"])
            for raw in raws:
                for name in split_names(raw):
                    if not is_event_noun(name):  # "richtet die Konferenz aus"
                        found.append(Organiser(name, role))
    return list(dict.fromkeys(found))


# A capitalised name in running text, to find what "der Verein" or "die Stadt" refers to.
_NAME_IN_TEXT = re.compile(
    r"[A-ZÄÖÜ][\w&'’-]*(?:[ \t]+(?:(?:für|und|der|des|&)[ \t]+)?[A-ZÄÖÜ0-9][\w&.'’-]*)*"
    r"(?:[ \t]+e\.[ ]?V\.)?"
)
_ARTICLE_START = re.compile(r"^(?:Der|Die|Das|Des|Dem|Den)[ \t]+")


def resolve_organiser(organiser: Organiser, text: str) -> Organiser:
    """A one-word back-reference replaced by the full name the text gives it first.

    >>> resolve_organiser(Organiser("Verein"), "Der Kammerchor Cantabile e.V. feiert.").name
    'Kammerchor Cantabile e.V.'
    >>> resolve_organiser(Organiser("Stadt"), "Die Landeshauptstadt Erfurt lädt ein.").name
    'Landeshauptstadt Erfurt'
    """
    head = organiser.name
    if head not in GENERIC_ORGANISERS:
        return organiser
    for m in _NAME_IN_TEXT.finditer(text):
        name = _ARTICLE_START.sub("", m.group(0)).strip(" .")
        if name.endswith("e.V"):
            name += "."
        words = name.split()
        if name == head or (len(words) < 2 and not name.casefold().endswith(head.casefold())):
            continue
        refers = any(w.casefold().endswith(head.casefold()) for w in words) or (
            head == "Verein" and name.endswith("e.V."))
        if refers and words[-1] not in _STOP_WORDS:
            return Organiser(name, organiser.role)
    return organiser


def is_back_reference(name: str) -> bool:
    """'Verein', 'Stadt', 'Kammer': a word that stands for a name given elsewhere."""
    return name in GENERIC_ORGANISERS


# Who issues a document: "Pressemitteilung der Stadt Speyer", "TSV Hameln e.V. – Mitteilung
# des Vorstands", "Pressestelle der Handwerkskammer für Oberfranken" in the contact block.
_PUBLICATION = (r"(?:Presse|Medien)?(?:mitteilung|information|meldung|erklärung)|Gemeindebrief"
                r"|Newsletter|Rundbrief|Mitteilung")
_ISSUER_FORMS = (
    re.compile(rf"^[ \t]*(?:{_PUBLICATION})[ \t]+(?:der|des)[ \t]+(?P<org>{_ORG})",
               re.MULTILINE | re.IGNORECASE),
    re.compile(rf"^[ \t]*(?P<org>{_ORG})[ \t]+[–—-][ \t]+(?:[\w]+[ \t]+)?(?:{_PUBLICATION})\b",
               re.MULTILINE),
    re.compile(rf"^[ \t]*(?:{_PUBLICATION})\b[^\n]*[ \t][–—-][ \t]+(?P<org>{_ORG})[ \t]*$",
               re.MULTILINE),
    re.compile(r"^[ \t]*(?:Pressestelle|Presse- und Öffentlichkeitsarbeit"
               rf"|Unternehmenskommunikation)"
               rf"[ \t]+(?:der|des)[ \t]+(?P<org>{_ORG})", re.MULTILINE),
)


_NEWLINE = re.compile(r"\n")


def issuer(text: str) -> Organiser | None:
    """The organisation that issues a document, from its masthead or press office line.

    >>> issuer("Pressemitteilung der Stadt Speyer vom 11.03.2020").name
    'Stadt Speyer'
    """
    # Every form starts a line: tried where lines start, the first match is the one search()
    # would find, without testing each position of a news text's long paragraphs.
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    for pattern in _ISSUER_FORMS:
        m = next((m for start in starts if (m := pattern.match(text, start))), None)
        if m:
            names = split_names(m["org"])
            if names and names[0] not in GENERIC_ORGANISERS:
                return Organiser(names[0])
    return None


# -- contacts -----------------------------------------------------------------------------

_AT = re.compile(r"[ \t]*(?:\((?:at|ät|@)\)|\[(?:at|ät|@)\]|\{(?:at|ät|@)\}|[ \t]+(?:at"
    r"|AT)[ \t]+)[ \t]*")
_DOT = re.compile(r"[ \t]*(?:\((?:dot|punkt|\.)\)|\[(?:dot|punkt|\.)\]|\{(?:dot|punkt)\}|[ \t]+"
    r"(?:dot|DOT)[ \t]+)[ \t]*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_EMAIL_LIKE = re.compile(
    r"[\w.+-]+(?:[ \t]*(?:\((?:at|ät|@)\)|\[(?:at|ät|@)\]|\{(?:at|ät|@)\}|@)[ \t]*|[ \t]+at[ \t]+)"
    r"[\w-]+(?:(?:[ \t]*(?:\((?:dot|punkt|\.)\)|\[(?:dot|punkt|\.)\])[ \t]*|\."
    r"|[ \t]+dot[ \t]+)[\w-]+)+"
)
# The "at" of an obfuscated address, "(at)", "[ät]", " at ": the pattern starts at the "t"
# so that the regex engine skips ahead to candidates at C speed.
_OBFUSCATED_AT = re.compile(r"t(?:(?<=[(\[{][aä]t)[)\]}]|(?<=[ \t]at)[ \t])")
_PHONE_LABEL = r"(?:Tel(?:efon)?\.?|Fon|Phone|Mobil|Handy|T\.|Fax)"
_PHONE_LABEL_ANYWHERE = re.compile(_PHONE_LABEL)
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
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
)


def restore_email(text: str) -> str:
    """An obfuscated address made whole: 'name(at)domain(dot)de', 'name [at] domain.de'."""
    return _DOT.sub(".", _AT.sub("@", text)).strip()


def _may_hold_email(text: str) -> bool:
    """Whether ``text`` has an "@" or the "at" of an obfuscated address, which every
    address holds. (Each match of _OBFUSCATED_AT has a closing bracket or " at"/"\tat":
    looked for first, they spare nine sentences in ten the pattern, which stops at each
    "t"; a character is found at memory speed.)"""
    return "@" in text or (
        (")" in text or "]" in text or "}" in text or " at" in text
         or ("\t" in text and "\tat" in text))
        and _OBFUSCATED_AT.search(text) is not None)


def _may_hold_phone(text: str) -> bool:
    """Whether ``text`` may hold a phone number that qualifies: one opens with "+" or "0"
    ("(0711) …" too) and, without the "+", needs a label. (Most sentences hold neither
    character: they are spared the label pattern, which has no first letter to skip to.)"""
    return "+" in text or ("0" in text and _PHONE_LABEL_ANYWHERE.search(text) is not None)


def find_emails(text: str) -> Iterator[tuple[int, str]]:
    if not _may_hold_email(text):
        return  # most sentences: no need to try the address pattern at every word
    for m in _EMAIL_LIKE.finditer(text):
        email = restore_email(m.group(0))
        if _EMAIL.fullmatch(email):
            yield m.start(), email.rstrip(".")


def find_phones(text: str) -> Iterator[tuple[int, str]]:
    """Phone numbers that carry a label or an international prefix."""
    if not _may_hold_phone(text):
        return  # no number could qualify
    for m in _PHONE.finditer(text):
        number = re.sub(r"[ \t]+", " ", m["number"]).strip()
        digits = re.sub(r"\D", "", number)
        if not (m["label"] or number.startswith("+")) or not 6 <= len(digits) <= 16:
            continue
        if m["label"] and m["label"].startswith("Fax"):
            continue
        yield m.start("number"), re.sub(r"^\+ ", "+", number)


def _person_for(email: str, lines: list[str]) -> str | None:
    """The line naming the address's owner ('bernhard.grieb@' → 'Bernhard Grieb')."""
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
    # "Kontakt: Angelika Sutter, Tel. 0761 1, a.s@x.de": each comma part may be a name
    lines = [re.sub(r"[ \t]*\([^)]*\)", "", p) for line in lines for p in line.split(", ")]
    email = next((e for _, e in find_emails(text)), None)
    phone = next((p for _, p in find_phones(text)), None)
    if email is None and phone is None:
        return None
    name = _person_for(email or "", lines)
    return Contact(name=name, email=email, phone=phone)


def inline_contacts(sentence: str) -> list[Contact]:
    """Contacts given in running text: 'über Frau Krueger (a.krueger(at)wm.de, Tel.: 0711 1)'."""
    if not (_may_hold_email(sentence) or _may_hold_phone(sentence)):
        return []  # most sentences: not even the readers' generators need be made
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
