"""Hard blocks that only a change of facts lifts: flags, work contact, employer email, refused media, opt-outs.

A flag holds when it is on the person (every debt) or on the requested debt (`DebtFacts.flags`, that debt only).
"""

from __future__ import annotations

import datetime as dt

from .checks_base import Block, Check
from .context import Context
from .model import CONSENT_KINDS
from .rule import Rule, RulePackError

_FLAG_MESSAGES = {
    "attorney_represented": "The consumer is represented by an attorney about this debt: contact the attorney, not the consumer.",
    "cease_requested": "The consumer asked in writing that we stop contacting them: only a letter saying collection "
    "is ending or that a specific remedy will be used may be sent.",
    "bankruptcy": "The consumer is in bankruptcy: collection contact is stayed.",
    "deceased": "The consumer is deceased: contact the executor, administrator or personal representative of the "
    "estate instead.",
    "dispute_unverified": "The consumer disputed this debt in writing and it is not verified yet: only the "
    "verification may be sent until then.",
    "hardship": "The consumer is flagged for hardship: agency policy pauses collection calls and texts.",
    "complaint": "The consumer has an open complaint: a supervisor must review before contact.",
}


class FlagCheck(Check):
    """Blocks every contact with a flagged person, or about a flagged debt, except the listed (channel, purpose)
    exceptions, a contact with a person in one of `allow_roles`, and (`lifted_by_consent`) a contact covered by a
    consent of that kind."""

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.flag = self.param("flag", kind=str)
        allow = self.param("allow", [], list)
        for entry in allow:
            if not isinstance(entry, dict) or not set(entry) <= {"channel", "purpose"}:
                raise RulePackError(f"rule {rule.id}: each 'allow' entry is {{channel?, purpose?}}")
        self.allow = tuple(allow)
        self.allow_roles = self.string_set("allow_roles", []) or frozenset()
        self.lifted_by_consent = self.param("lifted_by_consent", None, str)
        if self.lifted_by_consent is not None and self.lifted_by_consent not in CONSENT_KINDS:
            raise RulePackError(f"rule {rule.id}: lifted_by_consent must be one of {', '.join(CONSENT_KINDS)}")

    def applies(self, ctx: Context) -> bool:
        request = ctx.request
        flag = self.flag
        if flag not in request.person.flags and flag not in request.debt.flags:
            return False
        return (
            request.channel in self.rule.channels
            and request.person.role not in self.allow_roles
            and not (self.lifted_by_consent and ctx.consented(self.lifted_by_consent, request.channel))
        )

    def _excepted(self, ctx: Context) -> bool:
        request = ctx.request
        return any(
            entry.get("channel", request.channel) == request.channel
            and entry.get("purpose", request.purpose) == request.purpose
            for entry in self.allow
        )

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        if self._excepted(ctx):
            return None
        return self.block(self.flag, _FLAG_MESSAGES.get(self.flag, self.rule.title), None)


class WorkContactCheck(Check):
    """No calls or texts to a work phone, no email to an employer-provided address."""

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.flag = self.param("flag", "work_contact_prohibited", str)

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        request = ctx.request
        if self.flag not in request.person.flags:
            return None
        if request.channel in ("call", "sms") and ctx.phone_type == "work":
            target = "a work phone"
        elif request.channel == "email" and request.email is not None and request.email.employer_provided:
            target = "an employer-provided email address"
        else:
            return None
        return self.block(
            "work_contact_prohibited",
            f"The consumer may not be contacted at work; this is {target}. Use a personal number or address.",
            None,
        )


class EmployerEmailCheck(Check):
    """No email to an address the collector knows (or should know) the consumer's employer provided, unless the
    consumer consented directly to that address or wrote to the collector from it. Holds whether or not the
    employer prohibits such contact."""

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        email = ctx.request.email
        if email is None or not email.employer_provided or email.consumer_used:
            return None
        target = (email.address or "").casefold()
        if target and any((c.address or "").casefold() == target for c in ctx.consented("email_address", "email")):
            return None
        return self.block(
            "employer_email",
            "This email address was provided by the consumer's employer: use it only after the consumer consents "
            "to it directly or writes to us from it.",
            None,
        )


class RefusedChannelCheck(Check):
    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        channel = ctx.request.channel
        if channel not in ctx.request.person.refused_channels:
            return None
        return self.block("channel_refused", f"The consumer asked not to be contacted by {channel}.", None)


class OptOutCheck(Check):
    """An opt-out recorded at or before the request blocks that medium (to that address, or all)."""

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        request = ctx.request
        target = _target_address(ctx)
        for opt_out in request.person.opt_outs:
            if opt_out.channel != request.channel or opt_out.at > request.at:
                continue
            if opt_out.address is None or opt_out.address == target:
                return self.block(
                    "opted_out",
                    f"The consumer opted out of {'texts' if request.channel == 'sms' else 'emails'}"
                    + (" at this address." if opt_out.address else "."),
                    None,
                )
        return None


def _target_address(ctx: Context) -> str | None:
    request = ctx.request
    if request.channel == "sms" and request.phone is not None:
        return request.phone.number
    if request.channel == "email" and request.email is not None:
        return request.email.address
    return None
