//! A small map from a policy key (a measure ID, a fact key) to a value, in the order the keys
//! were first given: the policy's order when read from a file the app wrote. It never holds
//! more than the policy's 29 measures or a measure's few facts, so a vector searched in order
//! is as fast as a BTreeMap here and ships much less WebAssembly.

/// Keys are unique; equality ignores order, as a map's does.
#[derive(Clone, Debug)]
pub struct Keyed<V>(Vec<(&'static str, V)>);

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<V> Keyed<V> {
    pub fn new() -> Self {
        Keyed::default()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key`, in place if it is already there, else last.
    pub fn insert(&mut self, key: &'static str, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(k, _)| *k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl<V: PartialEq> PartialEq for Keyed<V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<V> FromIterator<(&'static str, V)> for Keyed<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(pairs: I) -> Self {
        let mut keyed = Keyed::new();
        for (key, value) in pairs {
            keyed.insert(key, value);
        }
        keyed
    }
}

#[cfg(test)]
mod tests {
    use super::Keyed;

    #[test]
    fn keeps_the_first_order_and_the_last_value_of_a_key() {
        let keyed: Keyed<u32> = [("9.4", 1), ("2.1", 2), ("9.4", 3)].into_iter().collect();
        assert_eq!(keyed.iter().collect::<Vec<_>>(), [("9.4", &3), ("2.1", &2)]);
        assert_eq!(keyed.get("2.1"), Some(&2));
        assert_eq!(keyed.get("2.2a"), None);
        assert!(keyed.contains_key("9.4"));
    }

    #[test]
    fn equality_ignores_order_but_not_values_or_keys() {
        let a: Keyed<u32> = [("a", 1), ("b", 2)].into_iter().collect();
        let b: Keyed<u32> = [("b", 2), ("a", 1)].into_iter().collect();
        let c: Keyed<u32> = [("a", 1), ("b", 3)].into_iter().collect();
        let d: Keyed<u32> = [("a", 1)].into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_ne!(d, a);
    }
}
