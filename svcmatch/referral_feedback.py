"""What the referral store's answers say to matching (`match`, `batch`, `package`): each
provider's counts (`ProviderFeedback`), and full after a recent no_capacity answer
(`ReferralFeedback`; docs/referrals.md).

A light module: the store itself (`referrals`, some 1,100 lines, about 2% of a cold `match
--format json`, which shows each result's zero counts) is imported only where a country has a
referral folder to read (docs/benchmarks.md, "Thirteenth pass")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from operator import methodcaller
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import SvcmatchError
from .matching.scoring import capacity_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from .matching import MatchResult, ProviderMatch
    from .model import Directory, Provider


class ProviderFeedback(NamedTuple):
    """What a provider's referrals say about it: over the last FEEDBACK_DAYS, how many were
    sent, accepted and declined (and why), and how fast it answers; and whether a no_capacity
    answer in the last FULL_DAYS makes it full."""

    sent: int = 0
    accepted: int = 0
    declined: int = 0
    last_decline_reason: str | None = None
    last_decline_date: str | None = None
    median_days_to_answer: float | None = None
    #: The day of the latest no_capacity decline or failure in the last FULL_DAYS days.
    full_since: str | None = None
    #: Which answer that was: "declined" or "failed".
    full_by: str | None = None
    not_eligible: int = 0
    #: Referrals it never answered by their deadline (`Referral.unanswered`).
    unanswered: int = 0
    #: (reason, count) of the declines, the most frequent first.
    decline_reasons: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The counts of the `referrals` object of a match result (docs/referrals.md), zeros
        without history; `ReferralFeedback.apply` adds `full_as_of`."""
        return {
            "sent": self.sent,
            "accepted": self.accepted,
            "declined": self.declined,
            "last_decline_reason": self.last_decline_reason,
            "last_decline_date": self.last_decline_date,
            "median_days_to_answer": self.median_days_to_answer,
        }

    def sentence(self) -> str | None:
        """The declines in words, for a result's warnings; None when nothing was declined."""
        if not self.declined:
            return None
        reasons = self.decline_reasons or ((self.last_decline_reason or "other", self.declined),)
        if len(reasons) == 1:
            why = _reason_words(reasons[0][0])
        else:
            why = ", ".join(f"{_reason_words(reason)} ({count})" for reason, count in reasons)
        if self.sent == 1:
            return f"declined its one referral of the last 12 months: {why}, on {self.last_decline_date}"
        return (
            f"declined {self.declined} of the last {self.sent} referrals: {why}; "
            f"last on {self.last_decline_date}"
        )

    def unanswered_sentence(self) -> str | None:
        """The referrals left unanswered past their deadline, for a result's warnings: a
        caseworker would send another into the same silence (eighth office pass: `validate`
        warned at three, `match` said nothing)."""
        if not self.unanswered:
            return None
        left = (
            "its one referral of the last 12 months"
            if self.sent == 1
            else f"{self.unanswered} of the last {self.sent} referrals"
        )
        return f"did not answer {left} by the deadline: check its contact details before referring"

    def accepted_sentence(self) -> str | None:
        """The acceptances and the speed of answers in words, for a result's reasons."""
        if not self.accepted:
            return None
        text = (
            "accepted its one referral of the last 12 months"
            if self.sent == 1
            else f"accepted {self.accepted} of the last {self.sent} referrals"
        )
        days = self.median_days_to_answer
        if days is not None:
            text += f", answering in {days:g} day{'' if days == 1 else 's'} (median)"
        return text

    def full_words(self) -> str | None:
        """Why the referrals make it full ("declined for no capacity on 2026-11-20"), if they do."""
        if self.full_since is None:
            return None
        what = "declined" if self.full_by == "declined" else "a referral failed"
        return f"{what} for no capacity on {self.full_since}"


def _reason_words(reason: str) -> str:
    return reason.replace("_", " ")


class ReferralFeedback:
    """The referral store's answers, applied to matching (`match`, `batch`, `package`).

    The store is read when a country is first asked for, then kept: a batch of many cases
    reads it once per country and process, and a missing or empty store costs one look at a
    folder. A provider that a recent no_capacity answer makes full is full in the directory
    the matcher sees (`view`), so the ranking code applies the capacity rule unchanged; that
    view lives in memory only and is never written to a directory file. `apply` gives each
    result its `referrals` and says them in its reasons and warnings.
    """

    def __init__(self, folder: Path | None, today: dt.date) -> None:
        #: The referral store's folder (`<folder>/<cc>/<referral id>/`); None: not consulted.
        self.folder = folder
        self.today = today
        #: Why the store could not be read (a damaged event file), said in each result's warnings.
        self.problem: str | None = None
        self._countries: dict[str, dict[str, ProviderFeedback]] = {}
        self._views: dict[int, tuple[Directory, Directory]] = {}
        #: Per country, the providers that the view made full, as the view holds them.
        self._made_full: dict[str, dict[str, Provider]] = {}

    def providers(self, country: str) -> dict[str, ProviderFeedback]:
        """Per provider id of one country's directory, what its referrals say."""
        code = country.upper()
        found = self._countries.get(code)
        if found is None:
            found = {}
            # the store reads a country's folder alone (ReferralStore._event_files): without
            # one it has nothing to say, and the store's module is not imported
            if self.folder is not None and (self.folder / code.lower()).is_dir():
                from .referrals import ReferralStore, feedback  # lazy: see the module's docstring

                try:
                    found = feedback(ReferralStore(self.folder).referrals(code), self.today)
                except SvcmatchError as error:
                    self.problem = f"referral history not used: {error.message} ({error.hint})"
            self._countries[code] = found
        return found

    def view(self, directory: Directory) -> Directory:
        """The directory as matching sees it: a provider that declined (or failed) a referral
        for no capacity in the last FULL_DAYS has 0 free places as of that day, unless its
        record has a newer capacity figure. The same object when nothing changes."""
        cached = self._views.get(id(directory))
        if cached is not None and cached[0] is directory:
            return cached[1]
        country = directory.info.country.upper()
        known = self.providers(country)
        made_full = self._made_full.setdefault(country, {})
        providers = []
        for provider in directory.providers:
            full_since = known[provider.id].full_since if provider.id in known else None
            if full_since is not None:
                from .referrals import parse_day  # lazy: the store was read (see `providers`)

                day = parse_day(full_since)
                updated = provider.capacity_updated
                # a figure dated after the run's day is no newer figure (freshness.in_the_future):
                # a typo, or (an audit with --today) a figure not yet known that day
                newer = updated is not None and day < updated <= self.today
                if not newer:
                    if (provider.capacity_available, provider.capacity_updated) != (0, day):
                        provider = replace(provider, capacity_available=0, capacity_updated=day)
                    made_full[provider.id] = provider
            providers.append(provider)
        changed = any(a is not b for a, b in zip(providers, directory.providers, strict=True))
        seen = replace(directory, providers=tuple(providers)) if changed else directory
        self._views[id(directory)] = (directory, seen)
        self._views[id(seen)] = (seen, seen)
        return seen

    def apply(self, result: MatchResult) -> MatchResult:
        """The result with each provider's `referrals`, said in its reasons and warnings; a
        provider full by its referrals says so ("full: declined for no capacity on ...")."""
        if self.folder is None:
            return result  # no store given: not consulted, `referrals` stays None
        country = result.directory.country.upper()
        known = self.providers(country)
        if self.problem is not None:
            return replace(result, warnings=(*result.warnings, self.problem))
        made_full = self._made_full.get(country, {})
        needs = {
            need: tuple(
                _with_feedback(m, known.get(m.id), made_full.get(m.id), result.today) for m in matches
            )
            for need, matches in result.needs.items()
        }
        reasons = dict(result.unmet_reasons)
        for need, text in reasons.items():
            for provider in made_full.values():
                said = f"{provider.name} ({provider.id}, 0 free places as of {provider.capacity_updated})"
                words = known[provider.id].full_words()
                if said in text and words:
                    text = text.replace(said, f"{provider.name} ({provider.id}, {words})")
            reasons[need] = text
        return replace(result, needs=needs, unmet_reasons=reasons)

    def to_json(self, result: MatchResult, written: bool = False) -> dict[str, Any]:
        """`apply(result).to_json()`, a batch's record (`written`: its `written()`, for a JSON
        writer only). Where the store says nothing of the result's country (no referral, none
        made full, no problem reading it), each result's `referrals` is the zero counts, written
        into the JSON without copying the result first (`svcmatch batch` over the bench's 10,000
        cases spent 3% of its time on those copies)."""
        document: Callable[[MatchResult], dict[str, Any]] = _WRITTEN if written else _TO_JSON
        if self.folder is None:
            return document(result)
        country = result.directory.country.upper()
        if self.providers(country) or self.problem is not None:
            return document(self.apply(result))
        made = document(result)
        for matches in made["needs"].values():
            for shown in matches:
                shown["referrals"] = dict(_NO_FEEDBACK_JSON)
        return made


#: A match result's document as `match --format json` writes it, and as batch's JSON writers do.
_TO_JSON = methodcaller("to_json")
_WRITTEN = methodcaller("written")


#: A provider without referrals: its `referrals` counts (zeros), said in no reason or warning.
_NO_FEEDBACK = ProviderFeedback()
_NO_FEEDBACK_JSON = {**_NO_FEEDBACK.to_json(), "full_as_of": None}


def _with_feedback(
    m: ProviderMatch, summary: ProviderFeedback | None, full: Provider | None, today: dt.date
) -> ProviderMatch:
    if summary is None and full is None:  # most results of a batch: only the zero counts
        return m.with_referrals(dict(_NO_FEEDBACK_JSON), m.reasons, m.warnings)
    summary = summary or _NO_FEEDBACK
    reasons, warnings = list(m.reasons), list(m.warnings)
    words = summary.full_words()
    if full is not None and words:
        _, said = capacity_words(full, m.need, today)
        if said in warnings:
            warnings[warnings.index(said)] = f"full: {words}: call before referring"
    if accepted := summary.accepted_sentence():
        reasons.append(accepted)
    if declined := summary.sentence():
        warnings.append(declined)
    if unanswered := summary.unanswered_sentence():
        warnings.append(unanswered)
    told = {**summary.to_json(), "full_as_of": summary.full_since if full is not None and m.full else None}
    return m.with_referrals(told, tuple(reasons), tuple(warnings))
