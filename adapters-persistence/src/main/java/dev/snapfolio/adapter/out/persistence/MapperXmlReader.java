package dev.snapfolio.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.parsing.XNode;
import org.apache.ibatis.parsing.XPathParser;
import org.apache.ibatis.session.Configuration;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a mapper's XML into a MyBatis configuration as MyBatis' own reading does (its
 * {@link XMLMapperBuilder}, the same statements, result maps and fragments), at a lower price on a
 * short command's start: the XML is parsed without loading and validating against the mapper DTD
 * (the DTD declares no default attribute, so the document is the same; a test compares them and
 * the tests read every mapper through MyBatis' validating path too), and the paths MyBatis looks
 * up ({@code /mapper}, {@code /mapper/resultMap}, {@code select|insert|update|delete},
 * {@code selectKey}, ...) are found by walking the document, not by the JDK's XPath engine; any other
 * expression still goes to XPath. These were most of the cost of a mapper's first read
 * (docs/PERFORMANCE.md, "Start-up of a command").
 *
 * <p>MyBatis builds a mapper from a parser only through a private constructor: when a MyBatis
 * version no longer has it, {@link #read} answers false and the caller reads the mapper the usual
 * way (a test fails then, so that the slower path is noticed).
 */
final class MapperXmlReader {
    private static final EntityResolver NO_ENTITIES = (publicId, systemId) -> new InputSource(new StringReader(""));
    private static final Constructor<XMLMapperBuilder> BUILDER = builderConstructor();

    private MapperXmlReader() {
    }

    /** Whether this MyBatis lets a mapper be built from a parser of ours. */
    static boolean available() {
        return BUILDER != null;
    }

    /**
     * Reads {@code type}'s XML (beside it, as MyBatis looks for it) into {@code configuration}; the
     * mapper's XML, when read, binds the mapper (MyBatis' {@code addMapper}). False when there is
     * no XML or this MyBatis cannot be read this way: then nothing was read.
     */
    static boolean read(Configuration configuration, Class<?> type) {
        if (BUILDER == null) {
            return false;
        }
        String resource = type.getName().replace('.', '/') + ".xml";
        Document document;
        try (InputStream in = type.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return false;
            }
            document = parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return false; // MyBatis' own reading reports what is wrong with it
        }
        XMLMapperBuilder builder;
        try {
            builder = BUILDER.newInstance(new DomPathParser(document, configuration.getVariables()), configuration,
                    resource, configuration.getSqlFragments());
        } catch (ReflectiveOperationException e) {
            return false;
        }
        builder.parse();
        return true;
    }

    /** The document MyBatis' parser makes of a mapper, without the DTD. */
    static Document parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setValidating(false);
        factory.setNamespaceAware(false);
        factory.setIgnoringComments(true);
        factory.setIgnoringElementContentWhitespace(false);
        factory.setCoalescing(false);
        factory.setExpandEntityReferences(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver(NO_ENTITIES);
        return builder.parse(new InputSource(in));
    }

    private static Constructor<XMLMapperBuilder> builderConstructor() {
        try {
            Constructor<XMLMapperBuilder> constructor = XMLMapperBuilder.class.getDeclaredConstructor(XPathParser.class,
                    Configuration.class, String.class, java.util.Map.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * MyBatis' parser with its element paths found by walking the document: a path of element
     * names from the node ({@code selectKey}, {@code a/b}) or from the document ({@code /mapper/sql}),
     * or a union of such paths ({@code select|insert|update|delete}), in document order as XPath
     * gives them. Any other expression is XPath's.
     */
    static final class DomPathParser extends XPathParser {
        private final Properties variables;

        DomPathParser(Document document, Properties variables) {
            super(document, false, variables, NO_ENTITIES);
            this.variables = variables;
        }

        @Override
        public List<XNode> evalNodes(Object root, String expression) {
            List<Node> nodes = root instanceof Node node ? select(node, expression) : null;
            if (nodes == null) {
                return super.evalNodes(root, expression);
            }
            List<XNode> found = new ArrayList<>(nodes.size());
            for (Node node : nodes) {
                found.add(new XNode(this, node, variables));
            }
            return found;
        }

        @Override
        public XNode evalNode(Object root, String expression) {
            List<Node> nodes = root instanceof Node node ? select(node, expression) : null;
            if (nodes == null) {
                return super.evalNode(root, expression);
            }
            return nodes.isEmpty() ? null : new XNode(this, nodes.get(0), variables);
        }

        /** The elements {@code expression} selects from {@code root}; null when it is not a path of names. */
        static List<Node> select(Node root, String expression) {
            String[] alternatives = expression.split("\\|", -1);
            List<String[]> paths = new ArrayList<>(alternatives.length);
            Boolean absolute = null;
            for (String alternative : alternatives) {
                boolean fromDocument = alternative.startsWith("/");
                if (absolute != null && absolute != fromDocument) {
                    return null;
                }
                absolute = fromDocument;
                String[] steps = (fromDocument ? alternative.substring(1) : alternative).split("/", -1);
                for (String step : steps) {
                    if (!isName(step)) {
                        return null;
                    }
                }
                paths.add(steps);
            }
            Node start = absolute ? (root.getNodeType() == Node.DOCUMENT_NODE ? root : root.getOwnerDocument()) : root;
            if (start == null) {
                return null;
            }
            List<Node> found = new ArrayList<>();
            walk(start, paths, 0, found);
            return found;
        }

        /** Children of {@code parent} in document order matching step {@code depth} of some path. */
        private static void walk(Node parent, List<String[]> paths, int depth, List<Node> found) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                String name = child.getNodeName();
                boolean selected = false;
                List<String[]> deeper = null;
                for (String[] path : paths) {
                    if (path.length > depth && path[depth].equals(name)) {
                        if (path.length == depth + 1) {
                            selected = true;
                        } else {
                            if (deeper == null) {
                                deeper = new ArrayList<>();
                            }
                            deeper.add(path);
                        }
                    }
                }
                if (selected) {
                    found.add(child);
                }
                if (deeper != null) {
                    walk(child, deeper, depth + 1, found);
                }
            }
        }

        private static boolean isName(String step) {
            if (step.isEmpty() || !(Character.isLetter(step.charAt(0)) || step.charAt(0) == '_')) {
                return false;
            }
            for (int i = 1; i < step.length(); i++) {
                char c = step.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
    }
}
