//! The contacts list: shared copy-on-write, so a snapshot of a 100,000-contact draft for the
//! background saver costs a pointer copy, and capped, so a hostile file cannot make cosell
//! allocate gigabytes (two million `{}` fit in 6 MB).

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Contact;

/// The most contacts a draft may hold. A real offer has a few per market (249 countries); the
/// cap keeps every draft under the size cosell reads back (`store::MAX_DRAFT_BYTES`).
pub const MAX_CONTACTS: usize = 200_000;

/// A list of contacts. Reading goes through `Deref`; writing through `DerefMut` copies the list
/// first only when a snapshot still shares it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contacts(Arc<Vec<Contact>>);

impl Contacts {
    pub fn new(list: Vec<Contact>) -> Contacts {
        Contacts(Arc::new(list))
    }

    /// Whether two lists are the same allocation (unchanged since one was copied from the other).
    pub fn same_as(&self, other: &Contacts) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// A token that stays equal while the list is not written to, for caches.
    pub fn version(&self) -> std::sync::Weak<Vec<Contact>> {
        Arc::downgrade(&self.0)
    }

    pub fn is_version(&self, v: &std::sync::Weak<Vec<Contact>>) -> bool {
        std::ptr::eq(Arc::as_ptr(&self.0), v.as_ptr())
    }

    pub fn into_vec(self) -> Vec<Contact> {
        Arc::try_unwrap(self.0).unwrap_or_else(|shared| (*shared).clone())
    }
}

impl Deref for Contacts {
    type Target = Vec<Contact>;
    fn deref(&self) -> &Vec<Contact> {
        &self.0
    }
}

impl DerefMut for Contacts {
    fn deref_mut(&mut self) -> &mut Vec<Contact> {
        Arc::make_mut(&mut self.0)
    }
}

impl From<Vec<Contact>> for Contacts {
    fn from(v: Vec<Contact>) -> Contacts {
        Contacts::new(v)
    }
}

impl FromIterator<Contact> for Contacts {
    fn from_iter<I: IntoIterator<Item = Contact>>(iter: I) -> Contacts {
        Contacts::new(iter.into_iter().collect())
    }
}

impl<'a> IntoIterator for &'a Contacts {
    type Item = &'a Contact;
    type IntoIter = std::slice::Iter<'a, Contact>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl PartialEq<Vec<Contact>> for Contacts {
    fn eq(&self, other: &Vec<Contact>) -> bool {
        *self.0 == *other
    }
}

impl Serialize for Contacts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.as_slice().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Contacts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Contacts, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Contacts;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::t!("model-contacts-expected", max = MAX_CONTACTS))
            }
            fn visit_unit<E>(self) -> Result<Contacts, E> {
                Ok(Contacts::default())
            }
            fn visit_none<E>(self) -> Result<Contacts, E> {
                Ok(Contacts::default())
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Contacts, D2::Error> {
                d.deserialize_seq(self)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Contacts, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(c) = seq.next_element::<Contact>()? {
                    if v.len() == MAX_CONTACTS {
                        return Err(serde::de::Error::custom(crate::t!(
                            "model-contacts-too-many",
                            max = MAX_CONTACTS
                        )));
                    }
                    v.push(c);
                }
                v.shrink_to_fit();
                Ok(Contacts::new(v))
            }
        }
        d.deserialize_option(Visit)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Contacts {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Contacts".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = <Option<Vec<Contact>>>::json_schema(generator);
        schema.insert("maxItems".into(), MAX_CONTACTS.into());
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_copy_only_a_shared_list() {
        let mut a = Contacts::new(vec![Contact::default()]);
        let snapshot = a.clone();
        assert!(a.same_as(&snapshot));
        a.push(Contact::default());
        assert!(!a.same_as(&snapshot), "the snapshot keeps the old list");
        assert_eq!(snapshot.len(), 1);
        let v = a.version();
        assert!(a.is_version(&v));
        a[0].name = "x".into();
        assert!(!a.is_version(&v), "a write ends the version a cache holds");
        assert_eq!(a[0].name, "x");
    }

    #[test]
    fn too_many_contacts_are_refused_while_reading() {
        let text = format!("[{}{{}}]", "{},".repeat(MAX_CONTACTS));
        let err = serde_json::from_str::<Contacts>(&text).unwrap_err();
        assert!(err.to_string().contains("at most 200000"), "{err}");
        let ok: Contacts = serde_json::from_str("[{}, {}]").unwrap();
        assert_eq!(ok.len(), 2);
        let null: Contacts = serde_json::from_str("null").unwrap();
        assert!(null.is_empty());
    }
}
