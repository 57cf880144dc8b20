"""Dates written with a month's name or a two-digit year, as spreadsheets and people write them."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from .errors import InputError

#: The names of the months in the languages of the offices and the sending countries, full and
#: as spreadsheets shorten them (Excel's d-mmm-yy: '05-Mar-25', '01-janv-26', '05.бер.25'), with
#: the genitive a date takes ('1 березня 2026', '1 марта 2026', '1 marca 2026'). Each word names
#: one month in every language it is in (`tests/test_country_office_eighth_pass.py` checks it).
MONTH_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
        "august aug", "september sep sept", "october oct", "november nov", "december dec",
    ),
    "fr": (
        "janvier janv", "février févr fév", "mars", "avril avr", "mai", "juin", "juillet juil",
        "août", "septembre sept", "octobre oct", "novembre nov", "décembre déc",
    ),
    "sq": (
        "janar janari", "shkurt shkurti shk", "mars marsi", "prill prilli pri", "maj maji",
        "qershor qershori qer", "korrik korriku kor", "gusht gushti gsh", "shtator shtatori sht",
        "tetor tetori tet", "nëntor nëntori nën", "dhjetor dhjetori dhj",
    ),
    "uk": (
        "січень січня січ", "лютий лютого лют", "березень березня бер", "квітень квітня кві квіт",
        "травень травня тра трав", "червень червня чер черв", "липень липня лип",
        "серпень серпня сер серп", "вересень вересня вер", "жовтень жовтня жов жовт",
        "листопад листопада лис лист", "грудень грудня гру груд",
    ),
    "ru": (
        "январь января янв", "февраль февраля фев", "март марта мар", "апрель апреля апр",
        "май мая", "июнь июня июн", "июль июля июл", "август августа авг",
        "сентябрь сентября сен сент", "октябрь октября окт", "ноябрь ноября ноя нояб",
        "декабрь декабря дек",
    ),
    "it": (
        "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug",
        "agosto ago", "settembre set", "ottobre ott", "novembre", "dicembre dic",
    ),
    "es": (
        "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto",
        "septiembre setiembre", "octubre", "noviembre", "diciembre",
    ),
    "pt": (
        "janeiro", "fevereiro fev", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro dez",
    ),
    "de": (
        "januar jänner", "februar", "märz mrz", "april", "mai", "juni", "juli", "august",
        "september", "oktober okt", "november", "dezember dez",
    ),
    "pl": (
        "styczeń stycznia sty", "luty lutego lut", "marzec marca", "kwiecień kwietnia kwi",
        "maj maja", "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie",
        "wrzesień września wrz", "październik października paź", "listopad listopada lis",
        "grudzień grudnia gru",
    ),
    "el": (
        "ιανουάριος ιανουαρίου", "φεβρουάριος φεβρουαρίου", "μάρτιος μαρτίου", "απρίλιος απριλίου",
        "μάιος μαΐου", "ιούνιος ιουνίου", "ιούλιος ιουλίου", "αύγουστος αυγούστου",
        "σεπτέμβριος σεπτεμβρίου", "οκτώβριος οκτωβρίου", "νοέμβριος νοεμβρίου",
        "δεκέμβριος δεκεμβρίου",
    ),
    "tl": (  # Tagalog and Filipino (the Philippines' offices), as the Spanish names were taken in
        "enero ene", "pebrero peb", "marso mar", "abril abr", "mayo", "hunyo hun", "hulyo hul",
        "agosto ago", "setyembre set", "oktubre okt", "nobyembre nob", "disyembre dis",
    ),
    "ar": (  # as Egypt and the Gulf write them, then as Morocco does where it differs
        "يناير", "فبراير", "مارس", "أبريل ابريل", "مايو ماي", "يونيو", "يوليو يوليوز",
        "أغسطس اغسطس غشت", "سبتمبر شتنبر", "أكتوبر اكتوبر", "نوفمبر نونبر", "ديسمبر دجنبر",
    ),
    # tenth office pass: Indonesia, Thailand (its short forms with dots: `_THAI_SHORT_MONTHS`),
    # Nigeria's Hausa, Uzbekistan (Latin, then Cyrillic where it differs from Russian), Bangladesh
    "id": (
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus agu agt",
        "september", "oktober", "november", "desember des",
    ),
    "th": (
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
        "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ),
    "ha": (
        "janairu", "faburairu fabrairu", "maris", "afirilu", "mayu", "yuni", "yuli", "agusta",
        "satumba", "oktoba", "nuwamba", "disamba",
    ),
    "uz": (
        "yanvar январ", "fevral феврал", "mart", "aprel апрел", "may", "iyun", "iyul", "avgust",
        "sentabr сентябр", "oktabr октябр", "noyabr ноябр", "dekabr декабр",
    ),
    "bn": (
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
        "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ),
    # twelfth office pass: Nepal (Nepali, then Hindi's spellings a sheet may carry), Myanmar (with
    # and without လ, 'month'), Afghanistan (Dari, then Iran's Persian names, then Pashto's)
    "ne": (
        "जनवरी", "फेब्रुअरी फेब्रुवरी फरवरी", "मार्च", "अप्रिल अप्रैल", "मे मई", "जुन जून",
        "जुलाई", "अगस्ट अगस्त", "सेप्टेम्बर सेप्टेम्वर सितम्बर सितंबर", "अक्टोबर अक्टुबर अक्टूबर",
        "नोभेम्बर नोवेम्बर नवम्बर नवंबर", "डिसेम्बर दिसम्बर दिसंबर",
    ),
    "my": (
        "ဇန်နဝါရီ ဇန်နဝါရီလ", "ဖေဖော်ဝါရီ ဖေဖော်ဝါရီလ", "မတ် မတ်လ", "ဧပြီ ဧပြီလ", "မေ မေလ",
        "ဇွန် ဇွန်လ", "ဇူလိုင် ဇူလိုင်လ", "ဩဂုတ် ဩဂုတ်လ သြဂုတ် သြဂုတ်လ", "စက်တင်ဘာ စက်တင်ဘာလ",
        "အောက်တိုဘာ အောက်တိုဘာလ", "နိုဝင်ဘာ နိုဝင်ဘာလ", "ဒီဇင်ဘာ ဒီဇင်ဘာလ",
    ),
    "fa": (
        "جنوری ژانویه", "فبروری فوریه", "مارچ مارس", "اپریل آوریل", "می مه", "جون ژوئن",
        "جولای ژوئیه ژوییه", "اگست آگوست اوت", "سپتمبر سپتامبر", "اکتوبر اکتبر", "نومبر نوامبر",
        "دسمبر دسامبر",
    ),
    "ps": (
        "جنوري", "فبروري", "مارچ", "اپرېل اپریل", "مۍ", "جون", "جولای", "اګست", "سپتمبر",
        "اکتوبر", "نومبر", "دسمبر",
    ),
}  # fmt: skip

#: The months of calendars that are not the Gregorian one, by the calendar, as offices name
#: them (a word of MONTH_WORDS is no word here: `tests/test_country_office_twelfth_pass.py`).
#: A date written with one is read under `--calendar solar-hijri` (the only one of them that
#: svcmatch converts) and refused naming its calendar anywhere else: 'not a date' sent an
#: Afghan office to write the Gregorian day, and nothing said the sheet's calendar was known.
OTHER_CALENDAR_MONTHS: dict[str, tuple[str, ...]] = {
    # Iran's Persian names, then Afghanistan's (Dari's zodiac names, then Pashto's), then Latin
    "solar-hijri": (
        "فروردین حمل وری farvardin hamal", "اردیبهشت ثور غویی ordibehesht sawr saur",
        "خرداد جوزا جوزاء غبرگولی khordad jawza jauza", "تیر سرطان چنگاښ tir saratan",
        "مرداد امرداد اسد زمری mordad asad", "شهریور سنبله وږی shahrivar sunbula sonbola",
        "مهر میزان تله mehr mizan", "آبان عقرب لړم aban aqrab", "آذر قوس لیندۍ azar qaws qaus",
        "دی جدی مرغومی dey jadi", "بهمن دلو سلواغه bahman dalw dalv", "اسفند حوت کب esfand hut hoot",
    ),
    "bikram-sambat": (
        "बैशाख वैशाख baisakh baishakh", "जेठ जेष्ठ ज्येष्ठ jestha jeth", "असार आषाढ asar asadh ashadh",
        "साउन श्रावण shrawan saun", "भदौ भाद्र bhadra bhadau", "असोज आश्विन ashwin asoj",
        "कात्तिक कार्तिक kartik kattik", "मंसिर मङ्सिर mangsir", "पुस पौष poush paush",
        "माघ magh", "फागुन फाल्गुन falgun phagun", "चैत चैत्र chaitra chait",
    ),
    "bengali": (
        "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ",
        "ফাল্গুন", "চৈত্র",
    ),
    "burmese": (
        "တန်ခူး", "ကဆုန်", "နယုန်", "ဝါဆို", "ဝါခေါင်", "တော်သလင်း", "သီတင်းကျွတ်", "တန်ဆောင်မုန်း",
        "နတ်တော်", "ပြာသို", "တပို့တွဲ", "တပေါင်း",
    ),
}  # fmt: skip
#: How a refusal names each calendar of OTHER_CALENDAR_MONTHS.
OTHER_CALENDAR_NAMES = {
    "solar-hijri": "the Solar Hijri calendar",
    "bikram-sambat": "Nepal's Bikram Sambat calendar",
    "bengali": "the Bengali calendar (Bangabda)",
    "burmese": "the Burmese calendar",
}

#: Thai months as they are shortened, with a dot after each part ('15 พ.ย. 2569'): read as the
#: month's full name before the date is (a name with dots inside is no word of MONTH_WORDS).
_THAI_SHORT_MONTHS = dict(
    zip(
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
        MONTH_WORDS["th"],
        strict=True,
    )
)


#: The days of the week, Monday first, as a spreadsheet's long date begins ('Monday, March 2,
#: 2026' in English, 'lundi 2 mars 2026', 'Montag, 2. März 2026', 'e hënë, 2 mars 2026').
WEEKDAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs", "friday fri",
           "saturday sat", "sunday sun"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "sq": ("hënë", "martë", "mërkurë", "enjte", "premte", "shtunë", "diel"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця п’ятниця", "субота", "неділя"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda-feira segunda", "terça-feira terça", "quarta-feira quarta", "quinta-feira quinta",
           "sexta-feira sexta", "sábado", "domingo"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "tl": ("lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "linggo"),
    "ar": ("الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat jum'at", "sabtu", "minggu ahad"),
    "th": ("วันจันทร์ จันทร์", "วันอังคาร อังคาร", "วันพุธ พุธ", "วันพฤหัสบดี พฤหัสบดี", "วันศุกร์ ศุกร์",
           "วันเสาร์ เสาร์", "วันอาทิตย์ อาทิตย์"),
    "ha": ("litinin", "talata", "laraba", "alhamis", "jumma'a juma'a", "asabar", "lahadi"),
    "uz": ("dushanba душанба", "seshanba сешанба", "chorshanba чоршанба", "payshanba пайшанба",
           "juma жума", "shanba шанба", "yakshanba якшанба"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "ne": ("सोमबार", "मङ्गलबार मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार"),
    "my": ("တနင်္လာ တနင်္လာနေ့", "အင်္ဂါ အင်္ဂါနေ့", "ဗုဒ္ဓဟူး ဗုဒ္ဓဟူးနေ့", "ကြာသပတေး ကြာသပတေးနေ့",
           "သောကြာ သောကြာနေ့", "စနေ စနေနေ့", "တနင်္ဂနွေ တနင်္ဂနွေနေ့"),
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه پنج‌شنبه", "جمعه", "شنبه", "یکشنبه یک‌شنبه"),
    "ps": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه اتوار"),
}  # fmt: skip


#: Letters that Arabic and Persian keyboards write differently for one letter (an Afghan sheet
#: typed on either: 'جنوري', 'جنوری'), as Persian writes them; and the zero-width non-joiner
#: inside a Persian word ('سه‌شنبه'), which one keyboard types and another leaves out.
_ARABIC_SCRIPT_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None})


def fold_word(word: str) -> str:
    """A word without case, accents or a final dot ('Févr.' -> 'fevr'; 'травня' stays), its
    Arabic-script letters as Persian writes them (`_ARABIC_SCRIPT_LETTERS`)."""
    decomposed = unicodedata.normalize("NFD", word.strip().rstrip(".").casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).translate(_ARABIC_SCRIPT_LETTERS)


@functools.cache
def _months() -> dict[str, int]:
    """Each folded month word and its month (1-12). Made on first use, as `_weekdays`: folding
    the words of every language took about 1 ms of every command's start, and a `match` reads
    no month's name."""
    table: dict[str, int] = {}
    for months in MONTH_WORDS.values():
        for number, words in enumerate(months, start=1):
            for word in words.split():
                table.setdefault(fold_word(word), number)
    return table


@functools.cache
def _weekdays() -> dict[str, int]:
    """Each folded weekday word and its day (0 Monday)."""
    return {
        fold_word(word): number
        for days in WEEKDAY_WORDS.values()
        for number, words in enumerate(days)
        for word in words.split()
    }


#: The letters of a month's or a weekday's name: a letter, or a vowel sign or other mark of
#: Devanagari, Bengali, Thai or Burmese (not letters to `\w`: 'मार्च', 'জানুয়ারি', 'กุมภาพันธ์',
#: 'မတ်'), their digits and full stops left out, and the zero-width non-joiner of a Persian word.
_LETTERS = (
    r"(?:[^\W\d_]|[\u0900-\u0963\u0971-\u097f\u0980-\u09e5\u09f0-\u09ff\u0e00-\u0e4f\u0e5a-\u0e7f"
    r"\u1000-\u103f\u1050-\u108f\u109a-\u109f\u200c])+"
)
#: A long date's weekday before the date ('Monday, ', 'e hënë, ', 'الاثنين، '), and the rest.
#: (It and the two patterns of a date below are texts that `re` compiles on first use: a cold
#: `match` reads no date written with a month's name, and compiling them took about 3 ms.)
_WEEKDAY_FIRST = rf"(?:e\s+)?({_LETTERS}(?:[-'’]{_LETTERS})?)\.?[,،]?\s+(.+)"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_of(word: str) -> int | None:
    """The month (1-12) a word names ('March', 'mars', 'березня', 'Févr.'), else None."""
    return _months().get(fold_word(word))


#: The last two-digit year read in this century: spreadsheets (Excel, LibreOffice) read 00-29
#: as 2000-2029 and 30-99 as 1930-1999, which no date svcmatch keeps is.
LAST_SHORT_YEAR = 29


def full_year(digits: str, shown: str) -> int:
    """The year of a date written with two digits for it ('26' -> 2026) or four; a two-digit year
    past LAST_SHORT_YEAR is an InputError: a spreadsheet would read it in the 1900s."""
    if len(digits) != 2:
        return int(digits)
    if int(digits) > LAST_SHORT_YEAR:
        raise InputError(
            f"{shown} has a two-digit year, which spreadsheets read as 19{digits}",
            "write the year in full: YYYY-MM-DD, e.g. 2026-03-01",
        )
    return 2000 + int(digits)


#: The word for year after a date, as Ukrainian and Russian offices write it ('1 березня 2026 р.',
#: '01.03.2026 г.').
YEAR_WORD = r"(?:\s*(?:року|года|р|г)\.?)?"
#: A day, a month's name and a year ('1 March 2026', '05-Mar-25', '1er mars 2026', '1. März
#: 2026', '1 de marzo de 2026', '1 березня 2026 р.', '1 марта 2026 г.').
_DAY_NAME_YEAR = (
    r"(?i)(\d{1,2})(?:st|nd|rd|th|er|\.)?[\s./-]*(?:de\s+)?("
    + _LETTERS
    + r")\.?[\s./,-]*(?:de\s+)?(\d{4}|\d{2})"
    + YEAR_WORD
)
#: A month's name, a day and a year ('March 1, 2026', 'Mar 1 2026', 'Mar-01-26').
_NAME_DAY_YEAR = "(?i)(" + _LETTERS + r")\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s./-]+(\d{4}|\d{2})"


def named_month_date(text: str, shown: str = "") -> tuple[int, int, int, bool] | None:
    """(year, month, day, whether the year had two digits) of a date written with its month's
    name, also after its day of the week as a spreadsheet's long date gives it ('Monday, March
    2, 2026', 'lundi 2 mars 2026': a weekday the date is not is an InputError); None for any
    other text. The date may be no real one (31 February). A two-digit year
    past LAST_SHORT_YEAR is an InputError (`full_year`) naming `shown` (else the text), and so
    is a month of another calendar ('15 حمل 1405': `refuse_other_calendar_month`)."""
    parts = _named_date_parts(text)
    if parts is None:
        return None
    weekday, day, name, year, cleaned = parts
    month = month_of(name)
    if month is None:
        refuse_other_calendar_month(text, shown)
        return None
    read = (full_year(year, shown or repr(cleaned)), month, int(day))
    if weekday is not None:
        _refuse_another_weekday(read, weekday, shown or repr(cleaned))
    return (*read, len(year) == 2)


def _named_date_parts(text: str) -> tuple[int | None, str, str, str, str] | None:
    """(weekday or None, day, month's word, year, the text with its spaces made one) of a text
    written as a date with a month's name (`_DAY_NAME_YEAR`, `_NAME_DAY_YEAR`), else None."""
    cleaned = " ".join(text.split())
    for short, name in _THAI_SHORT_MONTHS.items():
        cleaned = cleaned.replace(short, name)
    weekday = None
    first = re.fullmatch(_WEEKDAY_FIRST, cleaned)
    weekdays = _weekdays()
    if first is not None and fold_word(first[1]) in weekdays:  # a spreadsheet's long date
        weekday, date_text = weekdays[fold_word(first[1])], first[2]
    else:
        date_text = cleaned
    found = re.fullmatch(_DAY_NAME_YEAR, date_text)
    if found:
        day, name, year = found.groups()
    elif found := re.fullmatch(_NAME_DAY_YEAR, date_text):
        name, day, year = found.groups()
    else:
        return None
    return weekday, day, name, year, cleaned


@functools.cache
def _other_months() -> dict[str, tuple[str, int]]:
    """Each folded month word of OTHER_CALENDAR_MONTHS, and its calendar and month (1-12)."""
    return {
        fold_word(word): (calendar, number)
        for calendar, months in OTHER_CALENDAR_MONTHS.items()
        for number, words in enumerate(months, start=1)
        for word in words.split()
    }


def other_calendar_month_date(text: str, shown: str = "") -> tuple[str, int, int, int] | None:
    """(calendar, year, month, day) of a date written with the name of a month of a calendar of
    OTHER_CALENDAR_MONTHS ('15 حمل 1405': "solar-hijri", 1405, 1, 15), the day perhaps none of
    it; None for any other text. A year of two digits is an InputError naming `shown` (else the
    text): which century of that calendar it is would be a guess."""
    parts = _named_date_parts(text)
    found = None if parts is None else _other_months().get(fold_word(parts[2]))
    if parts is None or found is None:
        return None
    _weekday, day, _name, year, cleaned = parts
    calendar, month = found
    if len(year) != 4:
        raise InputError(
            f"{shown or repr(cleaned)} has a year of {len(year)} digits in {OTHER_CALENDAR_NAMES[calendar]}",
            "write its year in full (four digits), or the day in the Gregorian calendar as YYYY-MM-DD",
        )
    return calendar, int(year), month, int(day)


def refuse_other_calendar_month(text: str, shown: str = "") -> None:
    """An InputError for a date written with a month of another calendar than the Gregorian one
    ('15 حمل 1405', '15 बैशाख 2083'): a Solar Hijri day is named with its Gregorian day and the
    option that converts it (`--calendar solar-hijri`), another calendar's as one svcmatch
    does not convert. Nothing for any other text."""
    found = other_calendar_month_date(text, shown)
    if found is None:
        return
    calendar, year, month, day = found
    named = shown or repr(" ".join(text.split()))
    if calendar != "solar-hijri":
        raise InputError(
            f"{named} names a month of {OTHER_CALENDAR_NAMES[calendar]}, which svcmatch does not convert",
            "write the day in the Gregorian calendar, as YYYY-MM-DD",
        )
    gregorian = solar_hijri_to_gregorian(year, month, day, named).isoformat()
    raise InputError(
        f"{named} names month {month} of the Solar Hijri calendar ({gregorian} in the Gregorian calendar)",
        "give --calendar solar-hijri to convert it (import, add, edit, verify, referral update), "
        f"or write it as {gregorian}",
    )


def _refuse_another_weekday(read: tuple[int, int, int], weekday: int, shown: str) -> None:
    """An InputError when the date is a real one of another day of the week than its text
    names: one of the two was typed wrong, and which is a guess."""
    try:
        day = dt.date(*read)
    except ValueError:
        return  # no real date: refused as such where it is read
    if day.weekday() != weekday:
        raise InputError(
            f"{shown} names a {_WEEKDAY_NAMES[weekday]}, but {day.isoformat()} is a "
            f"{_WEEKDAY_NAMES[day.weekday()]}",
            "check which of the two is right, and write the date as YYYY-MM-DD",
        )


# --- the order of a day and month written in numbers --------------------------------------------

#: A date written with the day and month in an order the text alone does not tell, and the time
#: a CSV saved from a sheet gives after it when the column shows one ('13/03/2025 10:30', '3/13/2025
#: 10:30 AM'): the date is read, the time left out, as after an ISO date (until 2026-12-06 such a
#: column was refused whole, 'not a date').
DAY_MONTH_DATE = re.compile(
    r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?[AaPp][Mm])?)?"
)

#: How a note names a date order.
ORDER_NAMES = {"dmy": "day/month/year", "mdy": "month/day/year"}


def orders_shown(
    cells: Iterable[tuple[int, str]], is_day: Callable[[int, int, int], bool] | None = None
) -> tuple[dict[str, tuple[int, str]], tuple[int, str] | None]:
    """Of a date column's (row, cell) in the order of its rows: the first row and cell (stripped)
    that shows each order ("dmy", "mdy") a day/month date can be read in alone (25/04/2025: day
    first), and the first of a date whose day and month could swap (03/04/2025), else None.
    `is_day` as `date_orders_of`."""
    shown: dict[str, tuple[int, str]] = {}
    ambiguous: tuple[int, str] | None = None
    seen: set[str] = set()
    for row, raw in cells:
        if raw in seen:  # each distinct cell once, at its first row
            continue
        seen.add(raw)
        orders = date_orders_of(raw.strip(), is_day)
        if len(orders) == 1 and orders[0] not in shown:
            shown[orders[0]] = (row, raw.strip())
        elif len(orders) == 2 and ambiguous is None:
            ambiguous = (row, raw.strip())
    return shown, ambiguous


def date_orders_of(cell: str, is_day: Callable[[int, int, int], bool] | None = None) -> tuple[str, ...]:
    """The orders ("dmy", "mdy") in which a day/month date written with / or - (25/04/2025)
    is a real date (`is_day`: of the Gregorian calendar unless given) and a different one from
    the other order's: none for any other text (an ISO date, a date with dots, a day equal to
    its month)."""
    is_day = is_day or is_real_day
    # another script's digits (٠٦/٠٩/٢٠٢٦): no order of the column, the row refuses the cell
    match = DAY_MONTH_DATE.fullmatch(cell) if cell.isascii() else None
    if match is None or match.group(2) == "." or match.group(1).lstrip("0") == match.group(3).lstrip("0"):
        return ()
    first, second, digits = int(match.group(1)), int(match.group(3)), match.group(4)
    if len(digits) == 2 and int(digits) > LAST_SHORT_YEAR:  # 1/3/95: refused where its row is read
        return ()
    year = 2000 + int(digits) if len(digits) == 2 else int(digits)
    return tuple(
        order
        for order, (day, month) in (("dmy", (first, second)), ("mdy", (second, first)))
        if is_day(year, month, day)
    )


def is_real_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# --- the calendars an office may keep its dates in ----------------------------------------------

#: The calendars `directory import --calendar` reads a sheet's dates in (and `add`, `edit` and
#: `verify --on` a day typed).
CALENDARS = ("gregorian", "ethiopian", "thai", "solar-hijri")
#: The Julian day number of the day before 1 Meskerem of year 1 in the Ethiopian calendar (Amete
#: Mihret): its years are 365 days, every fourth (3, 7, ..., 2019) 366, in twelve months of 30
#: days and a thirteenth, Pagume, of 5 (6 in those years).
_ETHIOPIAN_EPOCH = 1_724_220
#: Python's day ordinal of a day is its Julian day number less this.
_ORDINAL_TO_JULIAN = 1_721_425
#: The Thai solar calendar counts the years of the Buddhist era: the Gregorian year plus 543.
THAI_YEARS_AHEAD = 543
#: The first year read as one of the Thai Buddhist era (1857 of the Gregorian calendar): no date
#: svcmatch keeps is so late.
BUDDHIST_ERA_FROM = 2400


def buddhist_era_day(day: dt.date) -> dt.date | None:
    """The Gregorian day that a day of a year from BUDDHIST_ERA_FROM is in Thailand's Buddhist
    era (2569-11-15: 2026-11-15), else None."""
    if day.year < BUDDHIST_ERA_FROM:
        return None
    try:
        return day.replace(year=day.year - THAI_YEARS_AHEAD)
    except ValueError:  # 29 February of a year that is no leap year 543 years earlier
        return None


def ethiopian_to_gregorian(year: int, month: int, day: int, shown: str) -> dt.date:
    """The Gregorian day of a day of the Ethiopian calendar (1 Meskerem 2019 is 2026-09-11); an
    InputError naming `shown` for no such day (month 14, 31 Tir, 7 Pagume)."""
    pagume = 6 if year % 4 == 3 else 5
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else pagume)) or year < 1:
        raise InputError(
            f"{shown} is no day of the Ethiopian calendar (12 months of 30 days, then Pagume of {pagume})",
            "write it as day/month/year of the Ethiopian calendar, or YYYY-MM-DD without --calendar",
        )
    julian = _ethiopian_new_year(year) + 30 * (month - 1) + day - 1
    if julian - _ORDINAL_TO_JULIAN > _LAST_ORDINAL:  # 30/12/9999: a ValueError traceback until 2026-12-07
        raise InputError(
            f"{shown} is a day after 9999-12-31 of the Gregorian calendar, the last that svcmatch holds",
            "write it as day/month/year of the Ethiopian calendar, or YYYY-MM-DD without --calendar",
        )
    return dt.date.fromordinal(julian - _ORDINAL_TO_JULIAN)


_LAST_ORDINAL = dt.date.max.toordinal()


def gregorian_to_ethiopian(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) in the Ethiopian calendar of a Gregorian day (2026-09-11: 2019, 1, 1)."""
    julian = day.toordinal() + _ORDINAL_TO_JULIAN
    year = (julian - _ETHIOPIAN_EPOCH) * 4 // 1461  # the year, or one next to it
    while _ethiopian_new_year(year) > julian:
        year -= 1
    while _ethiopian_new_year(year + 1) <= julian:
        year += 1
    into = julian - _ethiopian_new_year(year)
    return year, into // 30 + 1, into % 30 + 1


def ethiopian_day_meant(day: dt.date, today: dt.date) -> dt.date | None:
    """The Gregorian day that a Gregorian-read date of Ethiopia is if its numbers were written in
    the Ethiopian calendar, for a year that calendar counts now or in the two before (2017-2019
    in 2026) and a day not after today (2019-03-15 is 2026-11-24 then), else None."""
    this_year = gregorian_to_ethiopian(today)[0]
    if not this_year - 2 <= day.year <= this_year:
        return None
    try:
        meant = ethiopian_to_gregorian(day.year, day.month, day.day, "")
    except InputError:
        return None
    return meant if meant <= today else None


def _ethiopian_new_year(year: int) -> int:
    """The Julian day number of 1 Meskerem of the year."""
    return _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 1


# --- the Solar Hijri calendar (Afghanistan, Iran) ------------------------------------------------

#: The years of the Solar Hijri calendar whose days svcmatch converts: in them the 33-year rule
#: of leap years (`_is_solar_hijri_leap`) gives the calendar that Afghanistan and Iran keep by
#: the March equinox (1300 is 1921, 1499 is 2120).
SOLAR_HIJRI_YEARS = range(1300, 1500)
#: 1 Hamal (Farvardin) 1400, the first day of the year 1400, was 21 March 2021.
_SOLAR_HIJRI_1400 = dt.date(2021, 3, 21)


def _is_solar_hijri_leap(year: int) -> bool:
    """Whether the year has 366 days (its last month 30): 8 years in each 33, such as 1399,
    1403 and 1408."""
    return (25 * year + 11) % 33 < 8


def _solar_hijri_new_year(year: int) -> dt.date:
    """The Gregorian day of 1 Hamal (Farvardin) of the year."""
    step = 1 if year >= 1400 else -1
    days = sum(365 + _is_solar_hijri_leap(y) for y in range(min(year, 1400), max(year, 1400)))
    return _SOLAR_HIJRI_1400 + dt.timedelta(days=step * days)


def solar_hijri_month_days(year: int, month: int) -> int:
    """The days of a month of the Solar Hijri calendar: 31 in the first six, 30 in the next
    five, 29 in the twelfth (30 in a leap year)."""
    return 31 if month <= 6 else 30 if month <= 11 or _is_solar_hijri_leap(year) else 29


def solar_hijri_to_gregorian(year: int, month: int, day: int, shown: str) -> dt.date:
    """The Gregorian day of a day of the Solar Hijri calendar (1 Hamal 1405 is 2026-03-21); an
    InputError naming `shown` for no such day (month 13, 31 Mizan) or a year out of
    SOLAR_HIJRI_YEARS."""
    if year not in SOLAR_HIJRI_YEARS:
        first, last = SOLAR_HIJRI_YEARS[0], SOLAR_HIJRI_YEARS[-1]
        raise InputError(
            f"{shown} is of the year {year}, out of the Solar Hijri years svcmatch converts ({first}-{last})",
            "write it as YYYY-MM-DD of the Gregorian calendar",
        )
    if not (1 <= month <= 12 and 1 <= day <= solar_hijri_month_days(year, month)):
        raise InputError(
            f"{shown} is no day of the Solar Hijri calendar (six months of 31 days, five of 30, then "
            f"one of {solar_hijri_month_days(year, 12)} in {year})",
            "write it as day/month/year or year/month/day of the Solar Hijri calendar",
        )
    into = sum(solar_hijri_month_days(year, m) for m in range(1, month)) + day - 1
    return _solar_hijri_new_year(year) + dt.timedelta(days=into)


def gregorian_to_solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar of a Gregorian day (2026-03-21: 1405, 1, 1)."""
    year = day.year - 621 if day >= dt.date(day.year, 3, 19) else day.year - 622
    while _solar_hijri_new_year(year) > day:
        year -= 1
    while _solar_hijri_new_year(year + 1) <= day:
        year += 1
    into = (day - _solar_hijri_new_year(year)).days
    month = 1
    while into >= solar_hijri_month_days(year, month):
        into -= solar_hijri_month_days(year, month)
        month += 1
    return year, month, into + 1


def solar_hijri_day(day: dt.date) -> dt.date | None:
    """The Gregorian day that a date of a year of SOLAR_HIJRI_YEARS is in the Solar Hijri
    calendar (1405-02-10: 2026-04-30), else None."""
    if day.year not in SOLAR_HIJRI_YEARS:
        return None
    try:
        return solar_hijri_to_gregorian(day.year, day.month, day.day, "")
    except InputError:
        return None


#: Nepal's Bikram Sambat calendar counts 56 or 57 years ahead of the Gregorian one (2083 begins
#: in April 2026). Its months' lengths are published year by year, not worked out by a rule:
#: svcmatch does not convert its days, and tells a date of its years as one.
BIKRAM_SAMBAT_AHEAD = 57
#: How far ahead of today's year a date is read as one of the Bikram Sambat calendar: its year
#: now (57 ahead until January, then 56) and the two before it (a record checked last year). No
#: more: 2076 for 2026 is a slip of a finger, not Nepal's calendar.
_BIKRAM_SAMBAT_SPAN = range(BIKRAM_SAMBAT_AHEAD - 3, BIKRAM_SAMBAT_AHEAD + 1)


def bikram_sambat_years(day: dt.date, today: dt.date) -> str | None:
    """The Gregorian years ('2026-27') that the year of a date in the future is in Nepal's
    Bikram Sambat calendar, for a year that counts as one (2083-08-20 in 2026), else None."""
    if day <= today or day.year - today.year not in _BIKRAM_SAMBAT_SPAN:
        return None
    first = day.year - BIKRAM_SAMBAT_AHEAD
    return f"{first}-{(first + 1) % 100:02d}"


def other_calendar_year(day: dt.date, today: dt.date) -> tuple[str, str] | None:
    """(message, the Gregorian day to give) for a date stored as written in another calendar's
    year: Thailand's Buddhist era (2569-11-15 is 2026-11-15), the Solar Hijri calendar of
    Afghanistan and Iran (1405-02-10 is 2026-04-30), Nepal's Bikram Sambat (2083-08-20, in
    2026-27: not converted). 'A date in the future' or 'before 1900' and today's date as the fix
    threw the day away (tenth and eleventh office passes); `referral update --date`
    said it was in the future or before the package's day."""
    # only a day that is a fix: 2600-01-01 would be 2057-01-01, in the future too (the attacks
    # engineer's find), and is refused as any day in the future
    if day > today and (thai := buddhist_era_day(day)) is not None and thai <= today:
        return (
            f"{day.isoformat()} is of the year {day.year}, a year of the Thai Buddhist era "
            f"({thai.isoformat()} in the Gregorian calendar)",
            thai.isoformat(),
        )
    if (hijri := solar_hijri_day(day)) is not None and hijri <= today:
        return (
            f"{day.isoformat()} is of the year {day.year}, a year of the Solar Hijri calendar "
            f"({hijri.isoformat()} in the Gregorian calendar)",
            hijri.isoformat(),
        )
    if (years := bikram_sambat_years(day, today)) is not None:
        return (
            f"{day.isoformat()} is of the year {day.year}, a year of Nepal's Bikram Sambat calendar "
            f"({years} in the Gregorian calendar), which svcmatch does not convert",
            "<the day in the Gregorian calendar>",
        )
    return None
