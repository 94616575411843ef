package kz.rudny.cabinet.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the session is replicated (Payara's Hazelcast web session persistence): everything a session or a
 * view keeps must be serializable, or the instance that takes over finds it missing. Checked on every bean of a
 * session, view or conversation scope: the bean is {@link Serializable}, and each of its fields (its own and its
 * superclasses') is static, transient, injected (the container's proxies are serializable), or of a type whose
 * values serialize: a primitive, a serializable class, or a collection or map interface of such types; the
 * cabinet's own types among them (the records the boundaries answer with) are checked the same way, field by field.
 */
class ReplicatedSessionStateTest {

    private static final Set<Class<?>> CONTAINERS = Set.of(Collection.class, List.class, Set.class, Map.class);

    @Test
    void everythingASessionOrAViewKeepsIsSerializable() throws ClassNotFoundException {
        List<JavaClass> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.rudny.cabinet").stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                        || c.isAnnotatedWith(ConversationScoped.class))
                .toList();
        assertFalse(beans.size() < 20, "the page beans were not found: " + beans.size());
        Set<String> problems = new TreeSet<>();
        for (JavaClass bean : beans) {
            Class<?> type = Class.forName(bean.getName());
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                            || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    List<String> wrong = new ArrayList<>();
                    unserializable(field.getGenericType(), wrong, new HashSet<>());
                    wrong.forEach(w -> problems.add(type.getName() + "." + field.getName() + ": " + w));
                }
            }
        }
        assertEquals(Set.of(), problems, "state a replicated session could not carry");
    }

    /** Adds to {@code wrong} each part of {@code type} whose values do not serialize. */
    private static void unserializable(Type type, List<String> wrong, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                unserializable(c.getComponentType(), wrong, seen);
            } else if (!c.isPrimitive() && !CONTAINERS.contains(c) && !Serializable.class.isAssignableFrom(c)) {
                wrong.add(c.getName() + " is not Serializable");
            } else if (c.getName().startsWith("kz.rudny.cabinet.") && !c.isEnum() && seen.add(c)) {
                for (Class<?> k = c; k != null && k.getName().startsWith("kz.rudny.cabinet.");
                        k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                            unserializable(field.getGenericType(), wrong, seen);
                        }
                    }
                }
            }
        } else if (type instanceof ParameterizedType p) {
            unserializable(p.getRawType(), wrong, seen);
            for (Type argument : p.getActualTypeArguments()) {
                unserializable(argument, wrong, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            unserializable(a.getGenericComponentType(), wrong, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                unserializable(bound, wrong, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                if (bound != Object.class) {
                    unserializable(bound, wrong, seen);
                }
            }
        }
    }
}
