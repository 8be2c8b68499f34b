package com.setia.app;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a leaked object is still reachable: a path of strong references from the windows (and static fields of the given
 * classes) to it, found by reflection, so a failing leak test says what holds the view.
 */
final class ReferencePath {
    static String find(Object root, Object target, List<Class<?>> statics) {
        IdentityHashMap<Object, Object[]> seen = new IdentityHashMap<>();
        Deque<Object> queue = new ArrayDeque<>();
        seen.put(root, new Object[] {null, "root"});
        queue.add(root);
        for (Class<?> c : statics) {
            for (Field f : allFields(c)) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                try {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v != null && !seen.containsKey(v)) {
                        seen.put(v, new Object[] {null, "static " + c.getName() + "." + f.getName()});
                        queue.add(v);
                    }
                } catch (Exception | Error e) {
                    // skip
                }
            }
        }
        int visited = 0;
        while (!queue.isEmpty() && visited < 3_000_000) {
            Object o = queue.poll();
            visited++;
            if (o == target) {
                List<String> path = new ArrayList<>();
                Object cur = o;
                while (cur != null) {
                    Object[] from = seen.get(cur);
                    path.add(0, cur.getClass().getName() + " <- " + from[1]);
                    cur = from[0];
                }
                return String.join("\n  ", path);
            }
            if (o instanceof java.lang.ref.Reference<?>) continue;
            if (o instanceof Class<?>) continue;
            if (o.getClass().isArray()) {
                if (o.getClass().getComponentType().isPrimitive()) continue;
                int n = Array.getLength(o);
                for (int i = 0; i < n; i++) add(seen, queue, o, Array.get(o, i), "[" + i + "]");
                continue;
            }
            boolean opened = false;
            for (Field f : allFields(o.getClass())) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                try {
                    f.setAccessible(true);
                    add(seen, queue, o, f.get(o), f.getDeclaringClass().getSimpleName() + "." + f.getName());
                    opened = true;
                } catch (Exception | Error e) {
                    // not open: fall back on the public API below
                }
            }
            if (!opened) {
                try {
                    if (o instanceof Collection<?> c) {
                        int i = 0;
                        for (Object e : c.toArray()) add(seen, queue, o, e, "(elem " + i++ + ")");
                    } else if (o instanceof Map<?, ?> m) {
                        for (Map.Entry<?, ?> e : m.entrySet()) {
                            add(seen, queue, o, e.getKey(), "(key)");
                            add(seen, queue, o, e.getValue(), "(value of " + e.getKey() + ")");
                        }
                    }
                } catch (RuntimeException e) {
                    // skip
                }
            }
        }
        return "not found after " + visited;
    }

    private static void add(IdentityHashMap<Object, Object[]> seen, Deque<Object> queue, Object from, Object v, String how) {
        if (v == null || seen.containsKey(v)) return;
        seen.put(v, new Object[] {from, how});
        queue.add(v);
    }

    private static List<Field> allFields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) out.add(f);
        }
        return out;
    }
}
