"""ISO 639-1 language codes and their English names, for checking and naming languages."""

from __future__ import annotations

from functools import lru_cache

from ..errors import InputError
from ..taxonomy import fold

# The 184 ISO 639-1 codes, as pycountry lists them; kept here so that `match` does not load
# pycountry's whole language database (tens of milliseconds) at start-up.
_TABLE = (
    "aa=Afar|ab=Abkhazian|ae=Avestan|af=Afrikaans|ak=Akan|am=Amharic|an=Aragonese|ar=Arabic|"
    "as=Assamese|av=Avaric|ay=Aymara|az=Azerbaijani|ba=Bashkir|be=Belarusian|bg=Bulgarian|bi=Bislama|"
    "bm=Bambara|bn=Bangla|bo=Tibetan|br=Breton|bs=Bosnian|ca=Catalan|ce=Chechen|ch=Chamorro|"
    "co=Corsican|cr=Cree|cs=Czech|cu=Church Slavic|cv=Chuvash|cy=Welsh|da=Danish|de=German|dv=Divehi|"
    "dz=Dzongkha|ee=Ewe|el=Greek|en=English|eo=Esperanto|es=Spanish|et=Estonian|eu=Basque|fa=Persian|"
    "ff=Fulah|fi=Finnish|fj=Fijian|fo=Faroese|fr=French|fy=Western Frisian|ga=Irish|"
    "gd=Scottish Gaelic|gl=Galician|gn=Guarani|gu=Gujarati|gv=Manx|ha=Hausa|he=Hebrew|hi=Hindi|"
    "ho=Hiri Motu|hr=Croatian|ht=Haitian|hu=Hungarian|hy=Armenian|hz=Herero|ia=Interlingua|"
    "id=Indonesian|ie=Interlingue|ig=Igbo|ii=Sichuan Yi|ik=Inupiaq|io=Ido|is=Icelandic|it=Italian|"
    "iu=Inuktitut|ja=Japanese|jv=Javanese|ka=Georgian|kg=Kongo|ki=Kikuyu|kj=Kuanyama|kk=Kazakh|"
    "kl=Kalaallisut|km=Khmer|kn=Kannada|ko=Korean|kr=Kanuri|ks=Kashmiri|ku=Kurdish|kv=Komi|"
    "kw=Cornish|ky=Kirghiz|la=Latin|lb=Luxembourgish|lg=Ganda|li=Limburgan|ln=Lingala|lo=Lao|"
    "lt=Lithuanian|lu=Luba-Katanga|lv=Latvian|mg=Malagasy|mh=Marshallese|mi=Maori|mk=Macedonian|"
    "ml=Malayalam|mn=Mongolian|mr=Marathi|ms=Malay|mt=Maltese|my=Burmese|na=Nauru|"
    "nb=Norwegian Bokmål|nd=North Ndebele|ne=Nepali|ng=Ndonga|nl=Dutch|nn=Norwegian Nynorsk|"
    "no=Norwegian|nr=South Ndebele|nv=Navajo|ny=Chichewa|oc=Occitan|oj=Ojibwa|om=Oromo|or=Oriya|"
    "os=Ossetian|pa=Panjabi|pi=Pali|pl=Polish|ps=Pushto|pt=Portuguese|qu=Quechua|rm=Romansh|rn=Rundi|"
    "ro=Romanian|ru=Russian|rw=Kinyarwanda|sa=Sanskrit|sc=Sardinian|sd=Sindhi|se=Northern Sami|"
    "sg=Sango|sh=Serbo-Croatian|si=Sinhala|sk=Slovak|sl=Slovenian|sm=Samoan|sn=Shona|so=Somali|"
    "sq=Albanian|sr=Serbian|ss=Swati|st=Southern Sotho|su=Sundanese|sv=Swedish|sw=Swahili|ta=Tamil|"
    "te=Telugu|tg=Tajik|th=Thai|ti=Tigrinya|tk=Turkmen|tl=Tagalog|tn=Tswana|to=Tonga|tr=Turkish|"
    "ts=Tsonga|tt=Tatar|tw=Twi|ty=Tahitian|ug=Uighur|uk=Ukrainian|ur=Urdu|uz=Uzbek|ve=Venda|"
    "vi=Vietnamese|vo=Volapük|wa=Walloon|wo=Wolof|xh=Xhosa|yi=Yiddish|yo=Yoruba|za=Zhuang|zh=Chinese|"
    "zu=Zulu"
)

NAMES: dict[str, str] = dict(item.split("=", 1) for item in _TABLE.split("|"))
_BY_NAME: dict[str, str] = {fold(name): code for code, name in NAMES.items()}


def language_name(code: str) -> str:
    """'it' -> 'Italian'; an unknown code is returned as it is."""
    return NAMES.get(code, code)


@lru_cache(maxsize=512)
def resolve_language(text: str) -> str:
    """A language as an ISO 639-1 code, from 'it', 'IT', 'Italian' or 'ita'; InputError otherwise."""
    cleaned = text.strip()
    code = cleaned.lower()
    if code in NAMES:
        return code
    by_name = _BY_NAME.get(fold(cleaned))
    if by_name:
        return by_name
    return _lookup_other(cleaned)


def _lookup_other(text: str) -> str:
    import pycountry

    try:
        found = pycountry.languages.lookup(text)
    except LookupError:
        found = None
    code = getattr(found, "alpha_2", None)
    if not isinstance(code, str):
        raise InputError(
            f"language {text!r} is not an ISO 639-1 language",
            "give a two-letter code such as sq, it, ar or uk",
        )
    return code
