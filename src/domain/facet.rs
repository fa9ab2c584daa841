//! Facets: one value of one of the portfolio's balances (section 2.2 of the source and
//! the partners' helix roles), including "not classified". The balance view counts the
//! initiatives per facet; the table filters on one, so a bar opens exactly its
//! initiatives.

use serde::{Deserialize, Serialize};

use super::{
    Degree, HelixRole, Initiative, InnovationType, InsideOutside, ManagementModel, Organised,
    TechLevel,
};

/// A balance of the portfolio: one way of classifying its initiatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dimension {
    /// Incremental or radical.
    Degree,
    /// Technological or social.
    InnovationType,
    /// Technology from inside or outside × a target group inside or outside (table 2.1).
    PlayingField,
    /// High-tech or low-tech.
    TechLevel,
    /// More, better or different (table 2.3).
    ManagementModel,
    /// Organised from inside, from outside, or hybrid.
    Organised,
    /// The partners' roles in the quadruple helix (figure 2.6).
    Helix,
    /// The societal themes served.
    Theme,
}

impl Dimension {
    pub const ALL: [Dimension; 8] = [
        Dimension::ManagementModel,
        Dimension::Degree,
        Dimension::InnovationType,
        Dimension::PlayingField,
        Dimension::TechLevel,
        Dimension::Organised,
        Dimension::Helix,
        Dimension::Theme,
    ];

    /// A stable identifier (translation keys `balance-{id}` and `balance-{id}-hint`).
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Degree => "degree",
            Dimension::InnovationType => "innovation-type",
            Dimension::PlayingField => "playing-field",
            Dimension::TechLevel => "tech-level",
            Dimension::ManagementModel => "management-model",
            Dimension::Organised => "organised",
            Dimension::Helix => "helix",
            Dimension::Theme => "theme",
        }
    }
}

/// One value of a dimension; `None` inside is "not classified" (for the helix: no
/// partners; for themes: no theme), always a facet of its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Facet {
    Degree(Option<Degree>),
    InnovationType(Option<InnovationType>),
    /// (technology from, target group); `None` when either is not classified.
    PlayingField(Option<(InsideOutside, InsideOutside)>),
    TechLevel(Option<TechLevel>),
    ManagementModel(Option<ManagementModel>),
    Organised(Option<Organised>),
    /// Initiatives with a partner in this role; `None`: without partners.
    Helix(Option<HelixRole>),
    /// Initiatives serving this theme; `None`: without a theme.
    Theme(Option<String>),
}

impl Facet {
    pub fn dimension(&self) -> Dimension {
        match self {
            Facet::Degree(_) => Dimension::Degree,
            Facet::InnovationType(_) => Dimension::InnovationType,
            Facet::PlayingField(_) => Dimension::PlayingField,
            Facet::TechLevel(_) => Dimension::TechLevel,
            Facet::ManagementModel(_) => Dimension::ManagementModel,
            Facet::Organised(_) => Dimension::Organised,
            Facet::Helix(_) => Dimension::Helix,
            Facet::Theme(_) => Dimension::Theme,
        }
    }

    /// Whether `initiative` has this facet.
    pub fn matches(&self, initiative: &Initiative) -> bool {
        let c = &initiative.characteristics;
        match self {
            Facet::Degree(value) => c.degree == *value,
            Facet::InnovationType(value) => c.innovation_type == *value,
            Facet::PlayingField(value) => playing_field(initiative) == *value,
            Facet::TechLevel(value) => c.tech_level == *value,
            Facet::ManagementModel(value) => c.management_model == *value,
            Facet::Organised(value) => c.organised == *value,
            Facet::Helix(Some(role)) => initiative
                .partners
                .iter()
                .any(|partner| partner.helix_role == *role),
            Facet::Helix(None) => initiative.partners.is_empty(),
            Facet::Theme(Some(theme)) => initiative.has_theme(theme),
            Facet::Theme(None) => initiative.themes.is_empty(),
        }
    }

    /// The facets an initiative has in `dimension` (one, except for the helix and
    /// themes, where it has one per role or theme, or the "none" facet).
    pub fn of(initiative: &Initiative, dimension: Dimension) -> Vec<Facet> {
        let c = &initiative.characteristics;
        match dimension {
            Dimension::Degree => vec![Facet::Degree(c.degree)],
            Dimension::InnovationType => vec![Facet::InnovationType(c.innovation_type)],
            Dimension::PlayingField => vec![Facet::PlayingField(playing_field(initiative))],
            Dimension::TechLevel => vec![Facet::TechLevel(c.tech_level)],
            Dimension::ManagementModel => vec![Facet::ManagementModel(c.management_model)],
            Dimension::Organised => vec![Facet::Organised(c.organised)],
            Dimension::Helix => {
                let mut roles: Vec<HelixRole> = initiative
                    .partners
                    .iter()
                    .map(|partner| partner.helix_role)
                    .collect();
                roles.sort_unstable();
                roles.dedup();
                if roles.is_empty() {
                    vec![Facet::Helix(None)]
                } else {
                    roles
                        .into_iter()
                        .map(|role| Facet::Helix(Some(role)))
                        .collect()
                }
            }
            Dimension::Theme => {
                if initiative.themes.is_empty() {
                    vec![Facet::Theme(None)]
                } else {
                    let mut themes: Vec<&str> =
                        initiative.themes.iter().map(|theme| &**theme).collect();
                    themes.sort();
                    themes.dedup();
                    themes
                        .into_iter()
                        .map(|theme| Facet::Theme(Some(theme.to_string())))
                        .collect()
                }
            }
        }
    }

    /// Every fixed value of `dimension`, "not classified" last (themes have none fixed:
    /// only "no theme").
    pub fn values(dimension: Dimension) -> Vec<Facet> {
        let mut values: Vec<Facet> = match dimension {
            Dimension::Degree => Degree::ALL
                .iter()
                .map(|v| Facet::Degree(Some(*v)))
                .collect(),
            Dimension::InnovationType => InnovationType::ALL
                .iter()
                .map(|v| Facet::InnovationType(Some(*v)))
                .collect(),
            Dimension::PlayingField => InsideOutside::ALL
                .iter()
                .flat_map(|technology| {
                    InsideOutside::ALL
                        .iter()
                        .map(move |group| Facet::PlayingField(Some((*technology, *group))))
                })
                .collect(),
            Dimension::TechLevel => TechLevel::ALL
                .iter()
                .map(|v| Facet::TechLevel(Some(*v)))
                .collect(),
            Dimension::ManagementModel => ManagementModel::ALL
                .iter()
                .map(|v| Facet::ManagementModel(Some(*v)))
                .collect(),
            Dimension::Organised => Organised::ALL
                .iter()
                .map(|v| Facet::Organised(Some(*v)))
                .collect(),
            Dimension::Helix => HelixRole::ALL
                .iter()
                .map(|v| Facet::Helix(Some(*v)))
                .collect(),
            Dimension::Theme => Vec::new(),
        };
        values.push(match dimension {
            Dimension::Degree => Facet::Degree(None),
            Dimension::InnovationType => Facet::InnovationType(None),
            Dimension::PlayingField => Facet::PlayingField(None),
            Dimension::TechLevel => Facet::TechLevel(None),
            Dimension::ManagementModel => Facet::ManagementModel(None),
            Dimension::Organised => Facet::Organised(None),
            Dimension::Helix => Facet::Helix(None),
            Dimension::Theme => Facet::Theme(None),
        });
        values
    }

    /// Whether this is the "not classified" (no partners, no theme) facet.
    pub fn is_unclassified(&self) -> bool {
        matches!(
            self,
            Facet::Degree(None)
                | Facet::InnovationType(None)
                | Facet::PlayingField(None)
                | Facet::TechLevel(None)
                | Facet::ManagementModel(None)
                | Facet::Organised(None)
                | Facet::Helix(None)
                | Facet::Theme(None)
        )
    }
}

/// Table 2.1's playing field: technology from inside or outside, for a target group
/// inside or outside; `None` when either is not classified.
pub fn playing_field(initiative: &Initiative) -> Option<(InsideOutside, InsideOutside)> {
    let c = &initiative.characteristics;
    Some((c.technology_from?, c.target_group?))
}
