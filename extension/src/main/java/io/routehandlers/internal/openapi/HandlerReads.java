package io.routehandlers.internal.openapi;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a handler reads of its request, found in its class file (S-13.1): the body ({@code request.json(Item.class)},
 * {@code text()}, {@code bytes()}, {@code body()}, {@code formData()} and the form fields it asks for), and the query
 * parameters, headers and cookies it asks for by a constant name ({@code searchParams().get("q")},
 * {@code headers().get("x-api-key")}, {@code cookies().get("session")}). Only the handler's own code and its lambdas
 * are read, and only calls whose argument is the constant just before them; anything else is left to the
 * MicroProfile OpenAPI annotations ({@code @RequestBody}, {@code @Parameter}).
 *
 * <p>Read by hand: the JDK's class-file API is final only from Java 24, and a bytecode library (ASM) would be a
 * dependency beyond Jakarta EE and MicroProfile in every application. The reader needs the constant pool and the
 * instruction lengths of the JVM specification (chapters 4.4 and 6.5), nothing more, and gives up quietly on anything
 * it does not understand: the document then says what the annotations say.
 *
 * @param body how the body is read, or {@code null} when it is not
 * @param bodyType the class of {@code json(Class)}, or {@code null}
 * @param query the query parameters by name, {@code true} for those read with {@code getAll}
 * @param headers the request headers by name
 * @param cookies the cookies by name
 * @param fields the form fields by name, {@code true} for files
 */
record HandlerReads(
        Body body,
        Class<?> bodyType,
        Map<String, Boolean> query,
        Map<String, Boolean> headers,
        Map<String, Boolean> cookies,
        Map<String, Boolean> fields) {

    /** How a handler reads its request's body. */
    enum Body {
        JSON,
        TEXT,
        BYTES,
        FORM
    }

    private static final String API = "io/routehandlers/";
    private static final HandlerReads NOTHING = new HandlerReads(null, null, Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * What a handler reads, its class file read once for all the handlers of a document ({@code classes}, by class:
     * empty for one this reader cannot read).
     */
    static HandlerReads of(Method handler, Map<Class<?>, Optional<ClassFile>> classes) {
        Class<?> type = handler.getDeclaringClass();
        Optional<ClassFile> file = classes.computeIfAbsent(type, HandlerReads::read);
        if (file.isEmpty()) {
            return NOTHING;
        }
        try {
            Collector collector = new Collector(type.getClassLoader());
            file.get().walk(handler.getName(), descriptor(handler), collector);
            return collector.reads();
        } catch (IOException | RuntimeException e) {
            return NOTHING; // code this reader does not understand: the annotations alone describe it
        }
    }

    /** A class's class file, as its class loader serves it; empty when there is none or it cannot be read. */
    private static Optional<ClassFile> read(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new ClassFile(in.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Walks the code of every method of a class file, as {@link #of} walks a handler's, and answers how many methods
     * had code: a check that the reader steps over every instruction of the class files a compiler writes.
     */
    static int methodsWalked(byte[] classFile) throws IOException {
        return new ClassFile(classFile).walkAll(new Collector(HandlerReads.class.getClassLoader()));
    }

    /** The length of the instruction at {@code pc} of a method's code (JVM specification 6.5). */
    static int instructionLength(byte[] code, int pc) throws IOException {
        return ClassFile.length(code, pc);
    }

    /** A method's descriptor in its class file: {@code (Lio/routehandlers/RouteRequest;)Ljava/lang/String;}. */
    private static String descriptor(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(parameter.descriptorString());
        }
        return descriptor
                .append(')')
                .append(method.getReturnType().descriptorString())
                .toString();
    }

    /** Whether the handler reads a body. */
    boolean readsBody() {
        return body != null;
    }

    /** The calls a handler makes that say what it reads, and the constant each was given. */
    private static final class Collector {
        private final ClassLoader loader;
        private Body body;
        private Class<?> bodyType;
        private final Map<String, Boolean> query = new LinkedHashMap<>();
        private final Map<String, Boolean> headers = new LinkedHashMap<>();
        private final Map<String, Boolean> cookies = new LinkedHashMap<>();
        private final Map<String, Boolean> fields = new LinkedHashMap<>();

        Collector(ClassLoader loader) {
            this.loader = loader;
        }

        /**
         * A call of {@code owner.name}, with the constant pushed just before it: a {@code String}, a class name
         * ({@code com/acme/Item}), or {@code null}.
         */
        void call(String owner, String name, Object constant) {
            if (!owner.startsWith(API)) {
                return;
            }
            String type = owner.substring(API.length());
            String text = constant instanceof String s ? s : null;
            switch (type) {
                case "RouteRequest" -> request(name, constant);
                case "SearchParams" -> named(query, name, text, "getAll");
                case "HeaderStore" -> named(headers, name, text, "");
                case "RequestCookies", "CookieStore" -> named(cookies, name, text, "");
                case "FormData" -> {
                    body(Body.FORM);
                    if (name.equals("file")) {
                        named(fields, "get", text, "get");
                    } else {
                        named(fields, name, text, "");
                    }
                }
                default -> {}
            }
        }

        private void request(String name, Object constant) {
            switch (name) {
                case "json" -> {
                    body(Body.JSON);
                    if (bodyType == null && constant instanceof ClassName className) {
                        bodyType = className.load(loader);
                    }
                }
                case "text" -> body(Body.TEXT);
                case "bytes", "body" -> body(Body.BYTES);
                case "formData" -> body(Body.FORM);
                default -> {}
            }
        }

        private void body(Body read) {
            if (body == null) {
                body = read;
            }
        }

        /** A name asked for by {@code get}, {@code has} or {@code getAll}; {@code flagged} marks it. */
        private static void named(Map<String, Boolean> names, String method, String name, String flagged) {
            if (name != null && (method.equals("get") || method.equals("has") || method.equals("getAll"))) {
                names.merge(name, method.equals(flagged), Boolean::logicalOr);
            }
        }

        HandlerReads reads() {
            return new HandlerReads(
                    body, bodyType, Map.copyOf(query), Map.copyOf(headers), Map.copyOf(cookies), Map.copyOf(fields));
        }
    }

    /** A class constant of the pool, by its internal name. */
    private record ClassName(String internal) {
        Class<?> load(ClassLoader loader) {
            if (internal.startsWith("[")) {
                return null; // an array's descriptor: json(Item[].class) is described by annotations
            }
            try {
                return Class.forName(internal.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }
    }

    /**
     * The parts of a class file the reader needs: the constant pool, the code of methods and the bootstrap methods
     * that tell which lambda body an {@code invokedynamic} makes.
     */
    static final class ClassFile {
        private static final int UTF8 = 1;
        private static final int CLASS = 7;
        private static final int STRING = 8;
        private static final int METHOD_REF = 10;
        private static final int INTERFACE_METHOD_REF = 11;
        private static final int METHOD_HANDLE = 15;
        private static final int INVOKE_DYNAMIC = 18;

        private final DataInputStream in;
        private int[] tags;
        // Utf8: String; Class, String, MethodHandle: an index; refs, NameAndType, (Invoke)Dynamic: two indexes
        private Object[] values;
        private String self;
        private int[][] bootstraps = new int[0][];
        private final Map<String, byte[]> codes = new LinkedHashMap<>(); // by name and descriptor

        /** Reads a class file's constant pool, the code of its methods and its bootstrap methods. */
        ClassFile(byte[] bytes) throws IOException {
            this.in = new DataInputStream(new ByteArrayInputStream(bytes));
            read();
        }

        /** Reports the calls of every method; answers how many it walked. */
        int walkAll(Collector collector) throws IOException {
            for (byte[] code : codes.values()) {
                instructions(code, collector, new ArrayList<>());
            }
            return codes.size();
        }

        /**
         * Reports the calls of one method (by name and descriptor) and of the lambda bodies it makes, theirs
         * included; answers how many methods it walked.
         */
        int walk(String name, String descriptor, Collector collector) throws IOException {
            Deque<String> next = new ArrayDeque<>(List.of(name + descriptor));
            Set<String> seen = new HashSet<>(next);
            int walked = 0;
            while (!next.isEmpty()) {
                byte[] code = codes.get(next.pop());
                if (code != null) {
                    List<String> lambdas = new ArrayList<>();
                    instructions(code, collector, lambdas);
                    walked++;
                    lambdas.stream().filter(seen::add).forEach(next::add);
                }
            }
            return walked;
        }

        private void read() throws IOException {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("Not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            readPool();
            in.readUnsignedShort(); // access
            self = utf8(index(in.readUnsignedShort(), CLASS));
            in.readUnsignedShort(); // super
            in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
            skipMembers(); // fields
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.readUnsignedShort(); // access
                String method = utf8(in.readUnsignedShort());
                String type = utf8(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8(in.readUnsignedShort());
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        DataInputStream code = new DataInputStream(new ByteArrayInputStream(in.readNBytes(length)));
                        code.readUnsignedShort(); // max stack
                        code.readUnsignedShort(); // max locals
                        codes.put(method + type, code.readNBytes(code.readInt()));
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            readBootstraps();
        }

        private void readPool() throws IOException {
            int count = in.readUnsignedShort();
            tags = new int[count];
            values = new Object[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case UTF8 -> values[i] = in.readUTF();
                    case CLASS, STRING -> values[i] = in.readUnsignedShort();
                    case 16, 19, 20 -> in.readUnsignedShort(); // method type, module, package
                    case METHOD_HANDLE -> {
                        in.readUnsignedByte(); // kind
                        values[i] = in.readUnsignedShort();
                    }
                    case 3, 4 -> in.readInt(); // integer, float
                    case 5, 6 -> { // long, double: two entries
                        in.readLong();
                        i++;
                    }
                    case 9, METHOD_REF, INTERFACE_METHOD_REF, 12, 17, INVOKE_DYNAMIC ->
                        // field and method refs, name and type, dynamic and invokedynamic: two indexes
                        values[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    default -> throw new IOException("Constant pool tag " + tag);
                }
            }
        }

        private void skipMembers() throws IOException {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                in.skipNBytes(6); // access, name, descriptor
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.readUnsignedShort();
                    in.skipNBytes(in.readInt());
                }
            }
        }

        /** The class's {@code BootstrapMethods}: for each, the constants it is given (a lambda's body among them). */
        private void readBootstraps() throws IOException {
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8(in.readUnsignedShort());
                int length = in.readInt();
                if (!attribute.equals("BootstrapMethods")) {
                    in.skipNBytes(length);
                    continue;
                }
                bootstraps = new int[in.readUnsignedShort()][];
                for (int b = 0; b < bootstraps.length; b++) {
                    in.readUnsignedShort(); // the bootstrap method
                    int[] arguments = new int[in.readUnsignedShort()];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = in.readUnsignedShort();
                    }
                    bootstraps[b] = arguments;
                }
            }
        }

        /**
         * Walks one method's instructions, reporting each call with the constant loaded just before it, and adding
         * to {@code lambdas} the lambda bodies of this class its {@code invokedynamic}s make.
         */
        private void instructions(byte[] code, Collector collector, List<String> lambdas) throws IOException {
            Object constant = null;
            int pc = 0;
            while (pc < code.length) {
                int length = length(code, pc);
                int op = code[pc] & 0xFF;
                Object loaded = null;
                if (op == 0x12) { // ldc
                    loaded = constant(code[pc + 1] & 0xFF);
                } else if (op == 0x13) { // ldc_w
                    loaded = constant(u2(code, pc + 1));
                } else if (op == 0xB6 || op == 0xB9) { // invokevirtual, invokeinterface
                    int ref = u2(code, pc + 1);
                    if (tag(ref) == METHOD_REF || tag(ref) == INTERFACE_METHOD_REF) {
                        int[] parts = pair(ref);
                        collector.call(utf8(index(parts[0], CLASS)), utf8(pair(parts[1])[0]), constant);
                    }
                } else if (op == 0xBA) { // invokedynamic
                    lambda(u2(code, pc + 1), lambdas);
                }
                constant = loaded;
                pc += length;
            }
        }

        /** The lambda body of this class that an {@code invokedynamic} makes, if any. */
        private void lambda(int callSite, List<String> lambdas) throws IOException {
            if (tag(callSite) != INVOKE_DYNAMIC || pair(callSite)[0] >= bootstraps.length) {
                return;
            }
            for (int argument : bootstraps[pair(callSite)[0]]) {
                if (tag(argument) != METHOD_HANDLE) {
                    continue;
                }
                int target = (Integer) values[argument];
                if (tag(target) == METHOD_REF || tag(target) == INTERFACE_METHOD_REF) {
                    int[] parts = pair(target);
                    int[] nameAndType = pair(parts[1]);
                    String method = utf8(nameAndType[0]);
                    if (utf8(index(parts[0], CLASS)).equals(self) && method.startsWith("lambda$")) {
                        lambdas.add(method + utf8(nameAndType[1]));
                    }
                }
            }
        }

        private Object constant(int index) throws IOException {
            return switch (tag(index)) {
                case STRING -> utf8(index(index, STRING));
                case CLASS -> new ClassName(utf8(index(index, CLASS)));
                default -> null;
            };
        }

        private int tag(int index) throws IOException {
            if (index <= 0 || index >= tags.length) {
                throw new IOException("Constant pool index " + index);
            }
            return tags[index];
        }

        /** The index a Class, String or MethodHandle constant holds. */
        private int index(int index, int tag) throws IOException {
            if (tag(index) != tag) {
                throw new IOException("Constant " + index + " is not of tag " + tag);
            }
            return (Integer) values[index];
        }

        /** The two indexes of a reference, name and type, or (invoke)dynamic constant. */
        private int[] pair(int index) throws IOException {
            tag(index);
            if (!(values[index] instanceof int[] pair)) {
                throw new IOException("Constant " + index + " is no reference");
            }
            return pair;
        }

        private String utf8(int index) throws IOException {
            if (tag(index) != UTF8) {
                throw new IOException("Constant " + index + " is no UTF-8 text");
            }
            return (String) values[index];
        }

        private static int u2(byte[] code, int at) {
            return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
        }

        private static int s4(byte[] code, int at) {
            return ((code[at] & 0xFF) << 24)
                    | ((code[at + 1] & 0xFF) << 16)
                    | ((code[at + 2] & 0xFF) << 8)
                    | (code[at + 3] & 0xFF);
        }

        /**
         * The length of the instruction at {@code pc}, operands included (JVM specification 6.5); an instruction that
         * would end past the code, or not after its start, is a class file this reader does not understand.
         */
        static int length(byte[] code, int pc) throws IOException {
            int op = code[pc] & 0xFF;
            long length;
            if (op == 0xAA || op == 0xAB) { // tableswitch, lookupswitch: padded to a multiple of four
                int at = pc + 1 + ((4 - (pc + 1) % 4) % 4);
                if (at + (op == 0xAA ? 12L : 8L) > code.length) { // default, low, high; or default, pairs
                    throw new IOException("A switch runs past the end of the code");
                }
                long entries;
                if (op == 0xAA) {
                    entries = (long) s4(code, at + 8) - s4(code, at + 4) + 1; // high - low + 1
                    length = at + 12L + 4 * entries - pc;
                } else {
                    entries = s4(code, at + 4); // pairs
                    length = at + 8L + 8 * entries - pc;
                }
                if (entries < (op == 0xAA ? 1 : 0)) { // high below low, or pairs below none
                    throw new IOException("A switch with " + entries + " entries");
                }
            } else if (op == 0xC4) { // wide
                length = pc + 1 < code.length && (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4;
            } else {
                length = LENGTHS.charAt(op) - '0';
                if (length == 0) {
                    throw new IOException("Opcode " + op);
                }
            }
            if (pc + length > code.length) {
                throw new IOException("An instruction runs past the end of the code");
            }
            return (int) length;
        }

        /**
         * Instruction lengths by opcode, operands included; {@code 0} for opcodes that do not occur in class files
         * or are handled above.
         */
        private static final String LENGTHS = "1111111111111111" // 0x00 nop .. 0x0f dconst_1
                + "2323322222111111" // 0x10 bipush, sipush, ldc, ldc_w, ldc2_w, iload..aload, iload_0..
                + "1111111111111111" // 0x20
                + "1111112222211111" // 0x30 ..saload, istore..astore, istore_0..
                + "1111111111111111" // 0x40
                + "1111111111111111" // 0x50
                + "1111111111111111" // 0x60
                + "1111111111111111" // 0x70
                + "1111311111111111" // 0x80 .. iinc at 0x84
                + "1111111113333333" // 0x90 .. ifeq at 0x99
                + "3333333332001111" // 0xa0 .. goto 0xa7, jsr 0xa8, ret 0xa9, switches 0xaa/0xab
                + "1133333335532311" // 0xb0 areturn, return, get/put static/field, invokevirtual/special/static,
                // invokeinterface 0xb9, invokedynamic, new, newarray, anewarray, arraylength, athrow 0xbf
                + "3311043355100000" // 0xc0 checkcast, instanceof, monitorenter/exit, wide, multianewarray, ifnull,
                // ifnonnull, goto_w, jsr_w, breakpoint 0xca
                + "0000000000000000" // 0xd0
                + "0000000000000000" // 0xe0
                + "0000000000000011"; // 0xf0 .. impdep1, impdep2
    }
}
