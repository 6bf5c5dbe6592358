"""The one rule for who may see and work an account, as data, and its PostgreSQL form.

`RULE` says, for each product role, the kinds of account it grants (`Grant`). `services/access.py` builds the
services' WHERE clause from it (`visible_accounts`, `answered_for`); `migrations/security.py` takes the
row-level security policy on ``accounts`` (`rls_accounts_using`) and the body of ``ccs_team_members()``
(`team_members_function_body`) from it. Both forms come from the same clause builder (`clause`), so the services
and the database cannot answer differently. This module sits below both: it imports only the models.
"""

from __future__ import annotations

import enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from .models import Account, Team, User
from .models.enums import Role


class Grant(enum.Enum):
    """One kind of account a role may see (and work)."""

    EVERY = "every account"
    OWN = "the accounts assigned to them"
    TEAMS = "the accounts assigned to someone they answer for (a member of a team they supervise)"
    UNASSIGNED = "the accounts assigned to nobody"


# The rule, once. Both the services' clause and the database's policy are generated from it.
RULE: dict[Role, tuple[Grant, ...]] = {
    Role.COLLECTOR: (Grant.OWN,),
    Role.SUPERVISOR: (Grant.OWN, Grant.TEAMS, Grant.UNASSIGNED),
    Role.ADMIN: (Grant.EVERY,),
}


def answered_for_query(uid: Any) -> sa.Select:
    """Users a supervisor answers for: themselves and the members of the teams whose supervisor they are.

    `uid` is the supervisor's id: a bound value in the services, ``ccs_uid()`` in the database's function."""
    supervised = sa.select(Team.id).where(Team.supervisor_id == uid)
    return sa.select(User.id).where(sa.or_(User.id == uid, User.team_id.in_(supervised)))


def clause(grant: Grant, uid: Any, answered: Any) -> sa.ColumnElement[bool]:
    """One grant as SQL: `uid` is the user, `answered` a SELECT of the users they answer for."""
    if grant is Grant.EVERY:
        return sa.true()
    if grant is Grant.UNASSIGNED:
        return Account.assigned_to.is_(None)
    if uid is None:  # nobody in particular (a system actor without a user): owns nothing, answers for nobody
        return sa.false()
    if grant is Grant.OWN:
        return Account.assigned_to == uid
    if grant is Grant.TEAMS:
        return Account.assigned_to.in_(answered)
    raise AssertionError(grant)  # pragma: no cover - closed enum


# --- the same rule for PostgreSQL's row-level security --------------------------------------------------------

_PG = postgresql.dialect()


def _sql(expr: Any) -> str:
    return str(expr.compile(dialect=_PG, compile_kwargs={"literal_binds": True}))


def rls_accounts_using() -> str:
    """The USING (and WITH CHECK) expression of the policy on ``accounts``: `RULE` in terms of the signed-in
    login role's user (``ccs_uid()``), product role (``ccs_role()``) and the users it answers for
    (``ccs_team_members()``)."""
    uid = sa.literal_column("(SELECT ccs_uid())")
    role = sa.literal_column("(SELECT ccs_role())")
    answered = sa.select(sa.literal_column("ccs_team_members()"))
    return _sql(sa.or_(*(sa.and_(role == sa.literal(r.value), sa.or_(*(clause(g, uid, answered) for g in grants)))
                         for r, grants in RULE.items())))


def team_members_function_body() -> str:
    """The body of the SQL function ``ccs_team_members()``: the users the signed-in user answers for, the same
    query as `answered_for` (only the supervisors' branch of the policy uses it)."""
    return _sql(answered_for_query(sa.literal_column("ccs_uid()")))


# --- what each role may do beyond working accounts -------------------------------------------------------------


class Capability(enum.Enum):
    """A task beyond working one's accounts; its value is what a refusal says the user may not do."""

    SUPERVISE = "open the supervisor workspace"
    APPROVE_PROMISES = "approve or reject promises"
    BATCH_NOTICES = "send validation notices in a batch"
    REMITTANCE = "produce remittance statements"
    IMPORT = "import placement files"
    MANAGE_USERS = "create users"


# Who may: the services refuse everyone else (`Actor.require(*roles_for(...))`) and the menus show the task only
# to these roles, from this one table.
CAPABILITIES: dict[Capability, tuple[Role, ...]] = {
    Capability.SUPERVISE: (Role.SUPERVISOR, Role.ADMIN),
    Capability.APPROVE_PROMISES: (Role.SUPERVISOR, Role.ADMIN),
    Capability.BATCH_NOTICES: (Role.SUPERVISOR, Role.ADMIN),
    Capability.REMITTANCE: (Role.SUPERVISOR, Role.ADMIN),
    Capability.IMPORT: (Role.ADMIN,),
    Capability.MANAGE_USERS: (Role.ADMIN,),
}


def roles_for(capability: Capability) -> tuple[Role, ...]:
    return CAPABILITIES[capability]


def may(role: Role, capability: Capability) -> bool:
    return role in CAPABILITIES[capability]
