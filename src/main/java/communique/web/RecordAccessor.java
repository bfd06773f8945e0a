package communique.web;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets Thymeleaf's expression language (OGNL) read record components at the cost of a map look-up. OGNL finds
 * JavaBean getters through caches, but a record's accessor ({@code title()}, not {@code getTitle()}) falls through
 * to {@code OgnlRuntime.getReadMethod}, which scans every public method of the class on every access: on a
 * results page with a few hundred links that was four fifths of the server's time. Anything that is not a record
 * component is left to OGNL's own accessor.
 */
final class RecordAccessor implements PropertyAccessor {

    private static final PropertyAccessor FALLBACK = new ObjectPropertyAccessor();

    private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            RecordComponent[] all = type.getRecordComponents();
            for (RecordComponent component : all == null ? new RecordComponent[0] : all) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible(); // records nested in package-private classes
                byName.put(component.getName(), accessor);
            }
            return Map.copyOf(byName);
        }
    };

    /** Registers the accessor for every record class. Idempotent: OGNL keeps one accessor per class. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String s ? components.get(target.getClass()).get(s) : null;
        if (accessor == null) {
            return FALLBACK.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        throw new OgnlException("views are read-only: cannot set " + name);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        return FALLBACK.getSourceAccessor(context, target, index);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        return FALLBACK.getSourceSetter(context, target, index);
    }
}
