package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.ibatis.builder.xml.XMLMapperEntityResolver;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.parsing.XPathParser;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The faster reading of the mapper XMLs gives what MyBatis' own reading gives: the same document
 * without the DTD, the same elements for every path MyBatis asks for, and the same statements,
 * SQL and result maps once every mapper is read.
 */
class MapperXmlReaderTest {
    private static final List<Class<?>> MAPPERS = List.of(AccountMapper.class, MovementMapper.class,
            ReferenceDataMapper.class, SnapshotMapper.class, ProcessingMapper.class, RunLogMapper.class,
            ImportBatchMapper.class, AccountRangeMapper.class);
    /** What XMLMapperBuilder and XMLStatementBuilder look up, and a few more of the same form. */
    private static final List<String> PATHS = List.of("/mapper", "cache-ref", "cache", "/mapper/parameterMap",
            "/mapper/resultMap", "/mapper/sql", "select|insert|update|delete", "selectKey", "include",
            "resultMap/id|resultMap/result", "/mapper/select/include", "delete|select", "nothing");

    @TempDir
    Path dataDir;

    private static InputStream xml(Class<?> mapper) {
        return mapper.getResourceAsStream("/" + mapper.getName().replace('.', '/') + ".xml");
    }

    @Test
    void thisMyBatisLetsTheMappersBeReadTheFasterWay() {
        assertThat(MapperXmlReader.available()).isTrue();
    }

    @Test
    void theDocumentWithoutTheDtdIsTheValidatedDocument() throws Exception {
        for (Class<?> mapper : MAPPERS) {
            Document fast;
            try (InputStream in = xml(mapper)) {
                fast = MapperXmlReader.parse(in);
            }
            XPathParser validating;
            try (InputStream in = xml(mapper)) {
                validating = new XPathParser(in, true, null, new XMLMapperEntityResolver());
            }
            Node validated = validating.evalNode("/mapper").getNode();
            assertThat(fast.getDocumentElement().isEqualNode(validated)).as(mapper.getSimpleName()).isTrue();
        }
    }

    @Test
    void everyPathSelectsWhatXPathSelects() throws Exception {
        javax.xml.xpath.XPath xpath = XPathFactory.newInstance().newXPath();
        int compared = 0;
        for (Class<?> mapper : MAPPERS) {
            Document document;
            try (InputStream in = xml(mapper)) {
                document = MapperXmlReader.parse(in);
            }
            List<Node> roots = new ArrayList<>(List.of(document));
            NodeList elements = document.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                roots.add(elements.item(i));
            }
            for (Node root : roots) {
                for (String path : PATHS) {
                    NodeList expected = (NodeList) xpath.evaluate(path, root, XPathConstants.NODESET);
                    List<Node> selected = MapperXmlReader.DomPathParser.select(root, path);
                    assertThat(selected).as(mapper.getSimpleName() + " " + root.getNodeName() + " " + path).isNotNull();
                    assertThat(selected).as(path).hasSize(expected.getLength());
                    for (int n = 0; n < expected.getLength(); n++) {
                        assertThat(selected.get(n)).as(path).isSameAs(expected.item(n));
                    }
                    compared += expected.getLength();
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void anExpressionThatIsNotAPathOfNamesIsLeftToXPath() {
        for (String expression : List.of("@id", "select[@id='x']", "//select", "*", "text()", "a|/b", "a/", ".")) {
            assertThat(MapperXmlReader.DomPathParser.select(new org.apache.ibatis.parsing.XPathParser("<a/>").evalNode("/a")
                    .getNode(), expression)).as(expression).isNull();
        }
    }

    @Test
    void everyMapperReadTheFasterWayHasMyBatisOwnStatementsAndResultMaps() {
        LazyMapperConfiguration lazy = (LazyMapperConfiguration) configuration();
        lazy.readAll();
        Configuration plain = new Configuration(lazy.getEnvironment());
        plain.setDatabaseId(lazy.getDatabaseId());
        plain.setJdbcTypeForNull(lazy.getJdbcTypeForNull());
        for (var handler : lazy.getTypeHandlerRegistry().getTypeHandlers()) {
            if (handler.getClass().getName().startsWith("dev.snapfolio")) { // the row readers of PersistenceModule
                plain.getTypeHandlerRegistry().register(handler);
            }
        }
        for (Class<?> mapper : List.of(MovementMapper.class, ProcessingMapper.class, AccountMapper.class,
                ReferenceDataMapper.class, SnapshotMapper.class, RunLogMapper.class, ImportBatchMapper.class,
                AccountRangeMapper.class)) {
            plain.addMapper(mapper); // MyBatis' own reading: the XML validated, paths by XPath
        }

        Map<String, String> fast = describe(lazy);
        Map<String, String> mybatis = describe(plain);
        assertThat(fast.keySet()).containsExactlyElementsOf(mybatis.keySet()).hasSizeGreaterThan(80);
        for (String id : mybatis.keySet()) {
            assertThat(fast.get(id)).as(id).isEqualTo(mybatis.get(id));
        }
    }

    private Configuration configuration() {
        return Guice.createInjector(new PersistenceModule(DatabaseSettings.embedded(dataDir, false)))
                .getInstance(SqlSessionFactory.class).getConfiguration();
    }

    /** Every statement (its kind, SQL as written, parameters, result maps, keys) and result map, by id. */
    private static Map<String, String> describe(Configuration configuration) {
        Map<String, String> described = new TreeMap<>();
        for (Object value : new ArrayList<>(configuration.getMappedStatements())) {
            if (value instanceof MappedStatement statement) {
                StringBuilder text = new StringBuilder();
                text.append(statement.getSqlCommandType()).append(' ').append(statement.getStatementType())
                        .append(' ').append(statement.getDatabaseId()).append(' ').append(statement.getTimeout())
                        .append(' ').append(statement.getFetchSize()).append(' ')
                        .append(statement.getKeyGenerator().getClass().getSimpleName()).append(' ')
                        .append(String.join(",", statement.getKeyProperties() == null ? new String[0]
                                : statement.getKeyProperties()))
                        .append(' ').append(statement.getSqlSource().getClass().getSimpleName());
                if (statement.getSqlSource() instanceof org.apache.ibatis.scripting.defaults.RawSqlSource raw) {
                    var bound = raw.getBoundSql(null);
                    text.append(' ').append(bound.getSql());
                    bound.getParameterMappings().forEach(p -> text.append(' ').append(p.getProperty())
                            .append(':').append(p.getJavaType().getSimpleName()));
                } else {
                    text.append(' ').append(new org.assertj.core.presentation.StandardRepresentation()
                            .toStringOf(dynamicNodes(statement)));
                }
                for (ResultMap map : statement.getResultMaps()) {
                    text.append(" -> ").append(map.getId());
                }
                described.put(statement.getId(), text.toString());
            }
        }
        for (Object value : new ArrayList<>(configuration.getResultMaps())) {
            if (value instanceof ResultMap map) {
                StringBuilder text = new StringBuilder(map.getType().getName());
                map.getResultMappings().forEach(m -> text.append(' ').append(m.getProperty()).append('=')
                        .append(m.getColumn()).append(':').append(m.getJavaType() == null ? "" : m.getJavaType().getSimpleName())
                        .append(':').append(m.getTypeHandler() == null ? "" : m.getTypeHandler().getClass().getSimpleName()));
                described.put("resultMap " + map.getId(), text.toString());
            }
        }
        return described;
    }

    /** A dynamic statement's SQL nodes, as text (their fields, recursively). */
    private static String dynamicNodes(MappedStatement statement) {
        try {
            java.lang.reflect.Field root = statement.getSqlSource().getClass().getDeclaredField("rootSqlNode");
            root.setAccessible(true);
            return fields(root.get(statement.getSqlSource()), 0);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String fields(Object value, int depth) throws IllegalAccessException {
        if (value == null || depth > 12) {
            return String.valueOf(value);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (Object item : list) {
                text.append(fields(item, depth + 1)).append(", ");
            }
            return text.append(']').toString();
        }
        if (!value.getClass().getName().startsWith("org.apache.ibatis.scripting")) {
            return value.getClass().getSimpleName();
        }
        StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('{');
        for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        || Configuration.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                text.append(field.getName()).append('=').append(fields(field.get(value), depth + 1)).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
