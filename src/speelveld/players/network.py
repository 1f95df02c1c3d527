"""The collaboration network of a municipality (or one of its stadsdelen, wijken or buurten):
organisations and players as nodes, collaborations as ties, loaded in bulk for the network page
and its ``.json`` twin.

Every read is a ``values_list`` or a grouped count; the graph is assembled in Python dicts, so
the number of queries does not grow with the size of the field (about a dozen, whatever the
filters).

What the filters mean
---------------------
- *themes*: ties on one of these themes (a main theme includes its sub-themes); nodes that work
  on them (a player's themes; an organisation's activities) are kept even without such a tie.
- *area*: nodes that are active there: players whose work area is the area, a part of it or a
  larger area that contains it (a city-wide worker works in every wijk); organisations with an
  activity there (same rule). Ties with at least one end in the area are kept; the other end is
  shown too, marked as outside (``x``).
- *kind*: ``beide`` (organisations and players), ``organisaties`` (a player's tie is drawn
  between the player's organisation and the other side's organisation, marked ``l``; ties
  inside one organisation disappear) or ``spelers`` (players and the ties between them).
- *focus*: ``network_focus`` keeps a node and everything within 1 or 2 steps of it, with the
  ties among those nodes (the induced subgraph).

Compact JSON (``Network.as_json``), short keys because a large municipality has thousands of
nodes; optional keys are left out when empty:

- top level: ``v`` format version (1); ``municipality`` {code, name}; ``area`` {code, name,
  level} or null; ``filters`` {themes, area, kind, focus, steps}; ``stats`` (counts of what is
  returned: nodes, edges, organisations, players, isolates, hinders, pairs, and density over all
  nodes and over nodes with at least one tie, as fractions — see reference/networks.md §1.1);
  ``labels`` {types, roles, themes, intensities, signs}: key → label in the active language;
  ``nodes``; ``edges``.
- node: ``id`` ``"o<pk>"`` (organisation) or ``"p<pk>"`` (player); ``k`` ``"o"``/``"p"``;
  ``n`` name; ``t`` organisation type key (a player takes its organisation's; a resident group
  without one ``"bewoners"``, anyone else without one ``"overig"``); ``r`` role key (players);
  ``o`` node id of the player's organisation; ``g`` 1 for a resident group; ``ac`` activities in
  scope (led or partnered for an organisation, owned for a player, within the area and theme
  filters); ``dg`` ties in this network; ``hd`` of which hinder; ``x`` 1 outside the chosen
  area; ``st`` steps from the focus (only in a focused network).
- edge: ``id`` ``"c<pk>"``; ``a``, ``b`` node ids; ``i`` intensity 1-4 (PARTNER: 1 awareness,
  2 cooperation, 3 coordination, 4 integration); ``s`` sign, 1 strengthens, -1 hinders; ``th``
  theme key; ``c`` context; ``tr``/``va`` PARTNER trust/value means 1-4; ``l`` 1 when a player's
  tie is drawn between organisations.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import get_language

from speelveld.activities.models import Activity
from speelveld.catalogue.models import OrganisationType, Theme
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Intensity, Organisation, Player, Sign

FORMAT_VERSION = 1
KIND_BOTH = "beide"
KIND_ORGANISATIONS = "organisaties"
KIND_PLAYERS = "spelers"
KINDS = (KIND_BOTH, KIND_ORGANISATIONS, KIND_PLAYERS)
MAX_STEPS = 2


@dataclass(frozen=True, slots=True)
class ThemeOption:
    pk: int
    key: str
    label: str
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class AreaOption:
    pk: int
    code: str
    name: str
    level: str
    parent_id: int | None
    layer_id: int | None


@dataclass(frozen=True)
class NetworkVocabulary:
    """What the filters can choose from: every theme and the areas of one municipality. Loaded
    once per request and shared by the filter form and the selector (two queries)."""

    themes: tuple[ThemeOption, ...]
    areas: tuple[AreaOption, ...]

    def theme_by_key(self) -> dict[str, ThemeOption]:
        return {t.key: t for t in self.themes}

    def area_by_code(self) -> dict[str, AreaOption]:
        return {a.code: a for a in self.areas}


def _localized(name: str, name_en: str, english: bool) -> str:
    return name_en if english and name_en else name


def _english() -> bool:
    return (get_language() or "nl").startswith("en")


def network_vocabulary(municipality: Area) -> NetworkVocabulary:
    english = _english()
    themes = tuple(
        ThemeOption(pk, key, _localized(name, name_en, english), parent_id)
        for pk, key, name, name_en, parent_id in Theme.objects.order_by(
            "order", "name"
        ).values_list("pk", "key", "name", "name_en", "parent_id")
    )
    areas = tuple(
        AreaOption(*row)
        for row in Area.objects.filter(municipality=municipality)
        .exclude(level=AreaLevel.GEMEENTE)
        .order_by("code")
        .values_list("pk", "code", "name", "level", "parent_id", "layer_id")
    )
    return NetworkVocabulary(themes=themes, areas=areas)


@dataclass(slots=True)
class Node:
    id: str
    pk: int
    kind: str  # "o" organisation | "p" player
    name: str
    type: str
    role: str = ""
    organisation: str = ""
    group: bool = False
    activities: int = 0
    degree: int = 0
    hinders: int = 0
    outside: bool = False
    steps: int | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "k": self.kind, "n": self.name, "t": self.type}
        if self.role:
            data["r"] = self.role
        if self.organisation:
            data["o"] = self.organisation
        if self.group:
            data["g"] = 1
        data["ac"] = self.activities
        data["dg"] = self.degree
        data["hd"] = self.hinders
        if self.outside:
            data["x"] = 1
        if self.steps is not None:
            data["st"] = self.steps
        return data


class Edge(NamedTuple):
    """One collaboration (a tuple: thousands are built per request)."""

    id: str
    pk: int
    a: str
    b: str
    intensity: int
    sign: int
    theme: str = ""
    context: str = ""
    trust: float | None = None
    value: float | None = None
    lifted: bool = False

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "a": self.a,
            "b": self.b,
            "i": self.intensity,
            "s": self.sign,
        }
        if self.theme:
            data["th"] = self.theme
        if self.context:
            data["c"] = self.context
        if self.trust is not None:
            data["tr"] = self.trust
        if self.value is not None:
            data["va"] = self.value
        if self.lifted:
            data["l"] = 1
        return data


@dataclass
class Network:
    municipality: Area
    area: AreaOption | None
    themes: tuple[str, ...]
    kind: str
    nodes: list[Node]
    edges: list[Edge]
    labels: dict[str, dict[str, str]]
    focus: str | None = None
    steps: int = 1
    _by_id: dict[str, Node] = field(default_factory=dict, repr=False)

    def node(self, node_id: str) -> Node | None:
        if not self._by_id:
            self._by_id = {n.id: n for n in self.nodes}
        return self._by_id.get(node_id)

    def ties(self) -> dict[str, list[tuple[Edge, str]]]:
        """Per node id: its edges and the node id at the other end."""
        result: dict[str, list[tuple[Edge, str]]] = defaultdict(list)
        for edge in self.edges:
            result[edge.a].append((edge, edge.b))
            result[edge.b].append((edge, edge.a))
        return result

    def stats(self) -> dict[str, Any]:
        n = len(self.nodes)
        pairs = len({(e.a, e.b) if e.a < e.b else (e.b, e.a) for e in self.edges})
        tied = sum(1 for node in self.nodes if node.degree)
        if self.focus is not None:
            # degrees describe the whole filtered network; count ties inside this view instead
            ends = {e.a for e in self.edges} | {e.b for e in self.edges}
            tied = len(ends)
        organisations = sum(1 for node in self.nodes if node.kind == "o")
        return {
            "nodes": n,
            "edges": len(self.edges),
            "organisations": organisations,
            "players": n - organisations,
            "isolates": n - tied,
            "hinders": sum(1 for e in self.edges if e.sign < 0),
            "pairs": pairs,
            "density_all": _density(pairs, n),
            "density_tied": _density(pairs, tied),
        }

    def as_json(self) -> dict[str, Any]:
        area = (
            {"code": self.area.code, "name": self.area.name, "level": self.area.level}
            if self.area
            else None
        )
        return {
            "v": FORMAT_VERSION,
            "municipality": {"code": self.municipality.code, "name": self.municipality.name},
            "area": area,
            "filters": {
                "themes": list(self.themes),
                "area": self.area.code if self.area else None,
                "kind": self.kind,
                "focus": self.focus,
                "steps": self.steps,
            },
            "stats": self.stats(),
            "labels": self.labels,
            "nodes": [n.as_json() for n in self.nodes],
            "edges": [e.as_json() for e in self.edges],
        }


def _density(pairs: int, n: int) -> float:
    """Undirected density over distinct tied pairs: 2m / (n(n-1)), 0 below two nodes."""
    return round(2 * pairs / (n * (n - 1)), 4) if n > 1 else 0.0


def _theme_ids(vocabulary: NetworkVocabulary, keys: Iterable[str]) -> set[int]:
    """The chosen themes and their sub-themes (any depth)."""
    by_key = vocabulary.theme_by_key()
    wanted = {by_key[k].pk for k in keys if k in by_key}
    children: dict[int, list[int]] = defaultdict(list)
    for theme in vocabulary.themes:
        if theme.parent_id is not None:
            children[theme.parent_id].append(theme.pk)
    stack = list(wanted)
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in wanted:
                wanted.add(child)
                stack.append(child)
    return wanted


def _area_scope(municipality: Area, vocabulary: NetworkVocabulary, area: AreaOption) -> set[int]:
    """The area, its parts (via parent or stadsdeel layer, any depth) and the larger areas that
    contain it, up to and including the gemeente."""
    parts: dict[int, list[int]] = defaultdict(list)
    by_pk = {a.pk: a for a in vocabulary.areas}
    for a in vocabulary.areas:
        for up in (a.parent_id, a.layer_id):
            if up is not None:
                parts[up].append(a.pk)
    scope = {area.pk}
    stack = [area.pk]
    while stack:
        for child in parts.get(stack.pop(), []):
            if child not in scope:
                scope.add(child)
                stack.append(child)
    up_stack = [area]
    while up_stack:
        current = up_stack.pop()
        for up in (current.parent_id, current.layer_id):
            if up is not None and up in by_pk and up not in scope:
                scope.add(up)
                up_stack.append(by_pk[up])
    scope.add(municipality.pk)
    return scope


def _activity_counts(
    activities: QuerySet[Activity], partner_scope: Q
) -> tuple[Counter[int], Counter[int]]:
    """(organisation id -> activities led or partnered, player id -> activities owned); a partner
    that also leads counts once. Two queries: the (lead, owner) pairs, then partners grouped in
    the database (``partner_scope`` selects their through rows)."""
    organisations: Counter[int] = Counter()
    players: Counter[int] = Counter()
    # one pass over the activities serves both counts; reading the activity rows is what costs
    for (lead, owner), n in Counter(
        activities.order_by().values_list("lead_organisation_id", "owner_id")
    ).items():
        organisations[lead] += n
        if owner is not None:
            players[owner] += n
    partnered = (
        Activity.partners.through.objects.filter(partner_scope)
        .exclude(organisation_id=F("activity__lead_organisation_id"))
        .order_by()
        .values_list("organisation_id")
        .annotate(n=Count("activity_id"))  # rows (organisation id, n)
    )
    organisations.update(dict(partnered))
    return organisations, players


def _active_organisations(activities: QuerySet[Activity]) -> set[int]:
    through = Activity.partners.through
    led = set(activities.order_by().values_list("lead_organisation_id", flat=True).distinct())
    partners = through.objects.filter(activity__in=activities)
    return led | set(partners.order_by().values_list("organisation_id", flat=True).distinct())


def _player_type(organisation_type: str | None, is_group: bool) -> str:
    if organisation_type:
        return organisation_type
    return OrganisationType.BEWONERS.value if is_group else OrganisationType.OVERIG.value


PlayerRow = tuple[str, bool, str, int | None]  # name, is_group, role key, organisation id


def network_get(
    *,
    municipality: Area,
    themes: Iterable[str] = (),
    area_code: str | None = None,
    kind: str = KIND_BOTH,
    vocabulary: NetworkVocabulary | None = None,
) -> Network:
    """The collaboration network of ``municipality``, filtered (see the module docstring).

    Unknown theme keys are ignored; an area code outside the municipality raises ``KeyError``
    and an unknown kind ``ValueError`` (the view validates both first). O(n + m) in Python
    after at most eleven queries.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    vocabulary = vocabulary or network_vocabulary(municipality)
    theme_keys = tuple(dict.fromkeys(themes))
    area = vocabulary.area_by_code()[area_code] if area_code else None
    theme_ids = _theme_ids(vocabulary, theme_keys) if theme_keys else None
    area_ids = _area_scope(municipality, vocabulary, area) if area else None
    theme_key_of = {t.pk: t.key for t in vocabulary.themes}
    english = _english()
    m_id = municipality.pk

    # --- activities in scope: counted, never loaded as objects -------------------------------
    # Filters on many-to-many fields join and may repeat a row: select through pk__in instead.
    in_area_acts = Activity.objects.filter(municipality_id=m_id)
    if area_ids is not None:
        in_area_acts = Activity.objects.filter(
            pk__in=in_area_acts.filter(areas__in=area_ids).values("pk")
        )
    scope_acts = in_area_acts
    if theme_ids is not None:
        scope_acts = Activity.objects.filter(
            pk__in=in_area_acts.filter(themes__in=theme_ids).values("pk")
        )
    # without filters a plain join beats a subquery (SQLite plans it ~40 % faster)
    partner_scope = (
        Q(activity__municipality_id=m_id)
        if scope_acts is in_area_acts and area_ids is None
        else Q(activity__in=scope_acts)
    )
    org_activities, player_activities = _activity_counts(scope_acts, partner_scope)

    # --- organisations and players ------------------------------------------------------------
    organisations: dict[int, tuple[str, str]] = {
        pk: (name, type_)
        for pk, name, type_ in Organisation.objects.filter(municipalities=municipality)
        .order_by()
        .values_list("pk", "name", "type")
    }
    players: dict[int, PlayerRow] = {}
    role_labels: dict[str, str] = {}

    def load_players(qs: QuerySet[Player]) -> None:
        rows = qs.order_by().values_list(
            "pk", "name", "is_group", "role__key", "role__name", "role__name_en", "organisation_id"
        )
        for pk, name, is_group, role_key, role_name, role_name_en, org_id in rows:
            players[pk] = (name, is_group, role_key, org_id)
            if role_key not in role_labels:
                role_labels[role_key] = _localized(role_name, role_name_en, english)

    load_players(Player.objects.filter(municipality_id=m_id))

    # --- who is in the area, who works on the theme ------------------------------------------
    area_players: set[int] | None = None
    area_orgs: set[int] | None = None
    if area_ids is not None:
        area_players = set(
            Player.areas.through.objects.filter(area_id__in=area_ids)
            .order_by()
            .values_list("player_id", flat=True)
        )
        area_orgs = (
            {pk for pk, n in org_activities.items() if n}
            if theme_ids is None
            else _active_organisations(in_area_acts)
        )
    theme_players: set[int] | None = None
    if theme_ids is not None:
        theme_players = set(
            Player.themes.through.objects.filter(
                player__municipality_id=m_id, theme_id__in=theme_ids
            )
            .order_by()
            .values_list("player_id", flat=True)
        )
    core_players = [
        pk
        for pk in players
        if (area_players is None or pk in area_players)
        and (theme_players is None or pk in theme_players)
    ]
    if area_ids is None and theme_ids is None:
        core_orgs = set(organisations)
    else:
        core_orgs = {pk for pk, n in org_activities.items() if n}
    in_area: set[str] | None = None
    if area_players is not None and area_orgs is not None:
        in_area = {f"p{pk}" for pk in area_players} | {f"o{pk}" for pk in area_orgs}
    if kind == KIND_ORGANISATIONS:
        # an organisation also counts where, and on what, its players work
        core_orgs |= {o for pk in core_players if (o := players[pk][3]) is not None}
        if in_area is not None and area_players is not None:
            in_area |= {
                f"o{o}"
                for pk in area_players
                if pk in players and (o := players[pk][3]) is not None
            }
    core: set[str] = set()
    if kind != KIND_PLAYERS:
        core |= {f"o{pk}" for pk in core_orgs}
    if kind != KIND_ORGANISATIONS:
        core |= {f"p{pk}" for pk in core_players}

    # --- ties ----------------------------------------------------------------------------------
    ties = Collaboration.objects.filter(municipality_id=m_id)
    if theme_ids is not None:
        ties = ties.filter(theme_id__in=theme_ids)
    rows = list(
        ties.order_by("pk").values_list(
            "pk",
            "a_player_id",
            "a_organisation_id",
            "b_player_id",
            "b_organisation_id",
            "intensity",
            "sign",
            "theme_id",
            "context",
            "trust",
            "value",
        )
    )
    strangers = ({row[1] for row in rows} | {row[3] for row in rows}) - players.keys() - {None}
    if strangers:  # a tie reaching a player registered in another municipality
        load_players(Player.objects.filter(pk__in=strangers))
    # node id at each end, worked out once per player and organisation (not per tie)
    player_end: dict[int, str | None] = {
        pk: (f"o{row[3]}" if row[3] is not None else None)
        if kind == KIND_ORGANISATIONS
        else f"p{pk}"
        for pk, row in players.items()
    }
    org_end: dict[int, str] = {}
    lifted = kind == KIND_ORGANISATIONS
    edges: list[Edge] = []
    for pk, a_p, a_o, b_p, b_o, intensity, sign, theme_id, context, trust, value in rows:
        if a_p is not None:
            a = player_end[a_p]
        elif kind == KIND_PLAYERS:
            continue
        else:
            a = org_end.get(a_o) or org_end.setdefault(a_o, f"o{a_o}")
        if b_p is not None:
            b = player_end[b_p]
        elif kind == KIND_PLAYERS:
            continue
        else:
            b = org_end.get(b_o) or org_end.setdefault(b_o, f"o{b_o}")
        if a is None or b is None or a == b:
            continue
        if in_area is not None and a not in in_area and b not in in_area:
            continue
        edges.append(
            Edge(
                f"c{pk}",
                pk,
                a,
                b,
                intensity,
                sign,
                theme_key_of.get(theme_id, "") if theme_id is not None else "",
                context,
                float(trust) if trust is not None else None,
                float(value) if value is not None else None,
                lifted and (a_p is not None or b_p is not None),
            )
        )

    # --- nodes -----------------------------------------------------------------------------------
    degree: Counter[str] = Counter()
    hinders: Counter[str] = Counter()
    for edge in edges:
        degree[edge.a] += 1
        degree[edge.b] += 1
        if edge.sign < 0:
            hinders[edge.a] += 1
            hinders[edge.b] += 1
    wanted = core | degree.keys()
    needed_orgs = {int(i[1:]) for i in wanted if i[0] == "o"} | {
        o for i in wanted if i[0] == "p" and (o := players[int(i[1:])][3]) is not None
    }
    missing = needed_orgs - organisations.keys()
    if missing:  # ties or players reaching organisations not registered in this municipality
        organisations.update(
            (pk, (name, type_))
            for pk, name, type_ in Organisation.objects.filter(pk__in=missing).values_list(
                "pk", "name", "type"
            )
        )
    nodes: list[Node] = []
    for node_id in wanted:
        pk = int(node_id[1:])
        if node_id[0] == "o":
            if pk not in organisations:
                continue
            name, type_ = organisations[pk]
            node = Node(node_id, pk, "o", name, type_, activities=org_activities.get(pk, 0))
        else:
            name, is_group, role_key, org_id = players[pk]
            org_row = organisations.get(org_id) if org_id is not None else None
            node = Node(
                node_id,
                pk,
                "p",
                name,
                _player_type(org_row[1] if org_row else None, is_group),
                role=role_key,
                organisation=f"o{org_id}" if org_id is not None else "",
                group=is_group,
                activities=player_activities.get(pk, 0),
            )
        node.degree = degree[node_id]
        node.hinders = hinders[node_id]
        node.outside = in_area is not None and node_id not in in_area
        nodes.append(node)
    nodes.sort(key=lambda n: (n.name.casefold(), n.id))
    if len(nodes) < len(wanted):
        present = {n.id for n in nodes}
        edges = [e for e in edges if e.a in present and e.b in present]

    used_roles = {n.role for n in nodes if n.role}
    labels = {
        "types": {key: str(label) for key, label in OrganisationType.choices},
        "roles": {key: label for key, label in role_labels.items() if key in used_roles},
        "themes": {t.key: t.label for t in vocabulary.themes},
        "intensities": {str(key): str(label) for key, label in Intensity.choices},
        "signs": {str(key): str(label) for key, label in Sign.choices},
    }
    return Network(
        municipality=municipality,
        area=area,
        themes=theme_keys,
        kind=kind,
        nodes=nodes,
        edges=edges,
        labels=labels,
    )


def network_focus(network: Network, node_id: str, steps: int = 1) -> Network | None:
    """The part of ``network`` within ``steps`` (1 or 2) of a node, with the ties among those
    nodes; ``None`` when the node is not in the network. Breadth-first, O(n + m)."""
    if network.node(node_id) is None:
        return None
    steps = max(1, min(MAX_STEPS, steps))
    neighbours: dict[str, list[str]] = defaultdict(list)
    for edge in network.edges:
        neighbours[edge.a].append(edge.b)
        neighbours[edge.b].append(edge.a)
    distance = {node_id: 0}
    queue = deque([node_id])
    while queue:
        current = queue.popleft()
        if distance[current] == steps:
            continue
        for other in neighbours[current]:
            if other not in distance:
                distance[other] = distance[current] + 1
                queue.append(other)
    nodes = [replace(n, steps=distance[n.id]) for n in network.nodes if n.id in distance]
    nodes.sort(key=lambda n: (n.steps or 0, n.name.casefold(), n.id))
    edges = [e for e in network.edges if e.a in distance and e.b in distance]
    return Network(
        municipality=network.municipality,
        area=network.area,
        themes=network.themes,
        kind=network.kind,
        nodes=nodes,
        edges=edges,
        labels=network.labels,
        focus=node_id,
        steps=steps,
    )
