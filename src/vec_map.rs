//! A small map kept as a vector of pairs: keys in the order first given, each once, a repeated
//! key keeping its last value. It serves the JSON objects (`json::Map`) and the answers' claims
//! and facts (`answers::Keyed`): none holds more than a few dozen keys, so a search in order is
//! as fast as a tree here, ships much less WebAssembly, and keeps the order written.

/// Equality ignores the order of the keys, as a map's does.
#[derive(Clone, Debug)]
pub struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap(Vec::new())
    }
}

impl<K: AsRef<str>, V> VecMap<K, V> {
    pub fn new() -> Self {
        VecMap::default()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| k.as_ref() == key)
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k.as_ref() == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.0.iter_mut().find(|(k, _)| k.as_ref() == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key`, in place if it is already there, else last.
    pub fn insert(&mut self, key: impl Into<K>, value: V) {
        let key = key.into();
        match self.get_mut(key.as_ref()) {
            Some(slot) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value of `key`, inserted from `default` first if absent.
    pub fn get_or_insert_with(&mut self, key: &str, default: impl FnOnce() -> V) -> &mut V
    where
        for<'k> &'k str: Into<K>,
    {
        let at = match self.position(key) {
            Some(at) => at,
            None => {
                self.0.push((key.into(), default()));
                self.0.len() - 1
            }
        };
        // `at` was just found or just pushed: in bounds.
        &mut self.0[at].1
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.position(key)?;
        Some(self.0.remove(at).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k.as_ref(), v));
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }

    pub fn iter(&self) -> Pairs<'_, K, V> {
        self.into_iter()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&str, &mut V)> {
        self.0.iter_mut().map(|(k, v)| (K::as_ref(k), v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

/// The pairs of a map by reference, keys as `&str`.
pub type Pairs<'m, K, V> = std::iter::Map<std::slice::Iter<'m, (K, V)>, fn(&'m (K, V)) -> (&'m str, &'m V)>;

impl<'m, K: AsRef<str>, V> IntoIterator for &'m VecMap<K, V> {
    type Item = (&'m str, &'m V);
    type IntoIter = Pairs<'m, K, V>;

    fn into_iter(self) -> Pairs<'m, K, V> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

impl<K: AsRef<str>, V: PartialEq> PartialEq for VecMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: AsRef<str>, V, I: Into<K>> FromIterator<(I, V)> for VecMap<K, V> {
    fn from_iter<T: IntoIterator<Item = (I, V)>>(pairs: T) -> Self {
        let mut map = VecMap::new();
        for (key, value) in pairs {
            map.insert(key, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::VecMap;

    #[test]
    fn keeps_the_first_order_and_the_last_value_of_a_key() {
        let map: VecMap<&'static str, u32> = [("9.4", 1), ("2.1", 2), ("9.4", 3)].into_iter().collect();
        assert_eq!(map.iter().collect::<Vec<_>>(), [("9.4", &3), ("2.1", &2)]);
        assert_eq!(map.get("2.1"), Some(&2));
        assert_eq!(map.get("2.2a"), None);
        assert!(map.contains_key("9.4"));
    }

    #[test]
    fn equality_ignores_order_but_not_values_or_keys() {
        let a: VecMap<String, u32> = [("a", 1), ("b", 2)].into_iter().collect();
        let b: VecMap<String, u32> = [("b", 2), ("a", 1)].into_iter().collect();
        let c: VecMap<String, u32> = [("a", 1), ("b", 3)].into_iter().collect();
        let d: VecMap<String, u32> = [("a", 1)].into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_ne!(d, a);
    }

    #[test]
    fn insert_get_or_insert_and_remove_keep_the_order() {
        let mut map: VecMap<String, u32> = VecMap::new();
        map.insert("format", 1);
        map.insert("version", 2);
        *map.get_or_insert_with("entity", || 0) = 3;
        *map.get_or_insert_with("format", || 0) += 10;
        assert_eq!(map.keys().collect::<Vec<_>>(), ["format", "version", "entity"]);
        assert_eq!(map.remove("version"), Some(2));
        assert_eq!(map.iter().collect::<Vec<_>>(), [("format", &11), ("entity", &3)]);
    }
}
