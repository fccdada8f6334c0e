//! Lenient reading of the submission file: `null` as a default, capped lists, the stale fields
//! of an export, and the file's format marker.

use serde::{Deserialize, Deserializer, Serialize};

/// Deserialises `null` (or an absent key, with `#[serde(default)]`) as the type's default.
pub(super) fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// The most items any list of the file may hold (markets, codes of one contact, platforms, …):
/// far above any real submission (there are 249 countries), low enough that a hostile file cannot
/// make cosell allocate much.
pub const MAX_LIST_ITEMS: usize = 1_000;

/// A list of at most [`MAX_LIST_ITEMS`] items, `null` read as empty, trimmed to its length: serde
/// grows lists to at least four slots, and a contact's one or two country codes are read 100,000
/// times in a big draft.
pub(crate) fn capped_list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Capped<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Capped<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&crate::t!("model-list-expected", max = MAX_LIST_ITEMS))
        }
        fn visit_unit<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Vec<T>, D2::Error> {
            d.deserialize_seq(self)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(16));
            while let Some(item) = seq.next_element()? {
                if v.len() == MAX_LIST_ITEMS {
                    return Err(serde::de::Error::custom(crate::t!(
                        "model-list-too-long",
                        max = MAX_LIST_ITEMS
                    )));
                }
                v.push(item);
            }
            v.shrink_to_fit();
            Ok(v)
        }
    }
    d.deserialize_option(Capped(std::marker::PhantomData))
}

/// A key an export carries (`exported_at`, `status`, a document's fingerprints) that a draft
/// must not keep: it is accepted on load, remembered as present, and never written back, so a
/// stale status can never survive an edit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stale;

impl<'de> Deserialize<'de> for Stale {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stale, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Stale)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Stale {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Stale".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!(true)
    }
}

/// The only file format this version reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Format {
    #[default]
    #[serde(rename = "cosell-submission/1")]
    V1,
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Format, D::Error> {
        let s = String::deserialize(d)?;
        if s == "cosell-submission/1" {
            return Ok(Format::V1);
        }
        let newer = s
            .strip_prefix("cosell-submission/")
            .and_then(|v| v.parse::<u32>().ok())
            .is_some_and(|v| v > 1);
        let value = format!("{s:?}");
        Err(serde::de::Error::custom(if newer {
            crate::t!("model-format-newer", value = value)
        } else {
            crate::t!("model-format-unknown", value = value)
        }))
    }
}
