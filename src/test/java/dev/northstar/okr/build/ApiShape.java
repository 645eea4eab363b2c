package dev.northstar.okr.build;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary shape of a class as one text row per member, in the API manifest's format
 * ({@code src/api/api-manifest.tsv}): what a caller's bytecode links against. Generic signatures, parameter
 * names and annotations on members are left out because linking ignores them; annotation retention is kept
 * because it decides whether Jira sees an annotation at all.
 *
 * <pre>
 * type    owner  interface|class|annotation|enum  supertypes|-  flags|-
 * method  owner  name  descriptor  static|instance
 * field   owner  name  descriptor  static|instance  [=constant]
 * </pre>
 */
final class ApiShape {
    private ApiShape() {
    }

    static byte[] bytesOf(String internalName) {
        try (InputStream in = ApiShape.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one class: its type row first, then public and protected fields and methods. */
    static List<String> rows(byte[] classBytes) {
        List<String> rows = new ArrayList<>();
        new ClassReader(classBytes).accept(new ClassVisitor(Opcodes.ASM9) {
            private String owner;
            private int access;
            private String supertypes;
            private String retention = "";

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                this.owner = name;
                this.access = access;
                List<String> supers = new ArrayList<>();
                boolean annotation = (access & Opcodes.ACC_ANNOTATION) != 0;
                boolean isEnum = (access & Opcodes.ACC_ENUM) != 0;
                if (superName != null && !superName.equals("java/lang/Object") && !isEnum) {
                    supers.add("extends " + superName);
                }
                for (String i : interfaces) {
                    if (!(annotation && i.equals("java/lang/annotation/Annotation"))) {
                        supers.add("implements " + i);
                    }
                }
                supertypes = supers.isEmpty() ? "-" : String.join(",", supers);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                if (descriptor.equals("Ljava/lang/annotation/Retention;")) {
                    return new AnnotationVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitEnum(String name, String desc, String value) {
                            retention = "retention=" + value;
                        }
                    };
                }
                return null;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                           Object value) {
                if (visible(access) && (access & Opcodes.ACC_SYNTHETIC) == 0) {
                    String constant = value == null ? "" : "\t=" + render(value);
                    rows.add("field\t" + owner + "\t" + name + "\t" + descriptor + "\t" + scope(access) + constant);
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean generated = (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
                if (visible(access) && !generated && !name.equals("<clinit>")) {
                    rows.add("method\t" + owner + "\t" + name + "\t" + descriptor + "\t" + scope(access));
                }
                return null;
            }

            @Override
            public void visitEnd() {
                String kind = (access & Opcodes.ACC_ANNOTATION) != 0 ? "annotation"
                        : (access & Opcodes.ACC_ENUM) != 0 ? "enum"
                        : (access & Opcodes.ACC_INTERFACE) != 0 ? "interface" : "class";
                List<String> flags = new ArrayList<>();
                if (kind.equals("class") && (access & Opcodes.ACC_FINAL) != 0) {
                    flags.add("final");
                }
                if (kind.equals("class") && (access & Opcodes.ACC_ABSTRACT) != 0) {
                    flags.add("abstract");
                }
                if (!retention.isEmpty()) {
                    flags.add(retention);
                }
                rows.add(0, "type\t" + owner + "\t" + kind + "\t" + supertypes + "\t"
                        + (flags.isEmpty() ? "-" : String.join(",", flags)));
            }
        }, ClassReader.SKIP_CODE);
        return rows;
    }

    private static boolean visible(int access) {
        return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
    }

    private static String scope(int access) {
        return (access & Opcodes.ACC_STATIC) != 0 ? "static" : "instance";
    }

    private static String render(Object constant) {
        if (constant instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + '"';
        }
        return constant.toString();
    }

    /** Prints the rows of the named classes, to start a manifest entry: {@code ApiShape com/atlassian/Foo ...}. */
    public static void main(String[] args) {
        for (String name : args) {
            byte[] bytes = bytesOf(name.replace('.', '/'));
            if (bytes == null) {
                System.err.println("not on the class path: " + name);
                continue;
            }
            rows(bytes).forEach(System.out::println);
        }
    }
}
