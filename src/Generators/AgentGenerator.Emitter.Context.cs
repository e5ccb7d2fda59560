using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private const string ContextWriter = "global::AgentGen.ContextWriter";

        /// <summary>The tool's <c>WriteContext</c>: what the default context shows of it (factor 3), written without reflection.</summary>
        private static void WriteContextMember(SourceWriter writer, ToolModel tool, string codec)
        {
            bool hidesSome = HasSensitive(tool.Root);
            foreach (ObjectShape nested in tool.NestedObjects)
            {
                hidesSome |= HasSensitive(nested);
            }

            writer.WriteLine("/// <summary>Writes the tool's properties as the context shows them: compact YAML-ish lines" + (hidesSome ? ", <c>[Sensitive]</c> ones left out" : string.Empty) + ".</summary>");
            writer.WriteLine("/// <param name=\"writer\">The writer.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public void WriteContext({ContextWriter} writer) => {codec}.Context{tool.Root.Id}(writer, this);");
        }

        private static bool HasSensitive(ObjectShape shape)
        {
            foreach (PropertyShape property in shape.Properties)
            {
                if (property.IsSensitive)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the context writer of one object: a line per property, <c>[Sensitive]</c> ones left out.</summary>
        private static void WriteObjectContext(SourceWriter writer, ObjectShape shape)
        {
            writer.OpenBlock($"internal static void Context{shape.Id}({ContextWriter} writer, {shape.FullyQualifiedName} value)");
            foreach (PropertyShape property in shape.Properties)
            {
                string name = Literal(property.JsonName);
                string value = "value." + Identifier(property.ClrName);
                if (property.IsSensitive)
                {
                    writer.WriteLine($"// {property.JsonName} is [Sensitive]: left out of the context, kept in the thread.");
                }
                else if (IsContextScalar(property.Type))
                {
                    writer.WriteLine($"writer.WriteProperty({name}, {ContextText(property.Type, value)});");
                }
                else
                {
                    // Collections are passed as sequences: their declared types carry the element nullability the runtime's do not.
                    TypeShape type = property.Type.AsNonNullable();
                    string parameter = type.Kind switch
                    {
                        TypeShapeKind.Array or TypeShapeKind.List => $"global::System.Collections.Generic.IEnumerable<{DeclaredType(type.Element!)}>",
                        TypeShapeKind.Dictionary => $"global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, {DeclaredType(type.Element!)}>>",
                        _ => type.FullyQualifiedName,
                    };
                    writer.WriteLine($"writer.WriteProperty<{parameter}>({name}, {value}, {ContextValueWriter(type, 1, parameter)});");
                }
            }

            writer.CloseBlock();
        }

        /// <summary>Writes the context text of an enum: its JSON name.</summary>
        private static void WriteEnumContext(SourceWriter writer, EnumShape shape)
        {
            writer.WriteLine($"internal static string? Text{shape.Id}({shape.FullyQualifiedName}? value) =>");
            writer.WriteLine($"    value is {{ }} v ? {shape.Id}Names.GetName(v) : null;");
        }

        private static bool IsContextScalar(TypeShape type) =>
            type.Kind is not (TypeShapeKind.Object or TypeShapeKind.Array or TypeShapeKind.List or TypeShapeKind.Dictionary);

        /// <summary>An expression of type <c>string?</c>: the scalar as the context shows it, <see langword="null"/> for null.</summary>
        private static string ContextText(TypeShape type, string value) => type.Kind switch
        {
            TypeShapeKind.String => value,
            TypeShapeKind.Enum => $"Text{type.ShapeId}({value})",
            _ => $"{ContextWriter}.Format({value})",
        };

        /// <summary>A <c>ContextValueWriter&lt;T&gt;</c> for <paramref name="type"/>: a static lambda that writes what follows <c>name:</c> or <c>-</c>.</summary>
        private static string ContextValueWriter(TypeShape type, int depth, string? parameterType = null)
        {
            string w = "w" + depth, v = "v" + depth;
            string head = $"static ({ContextWriter} {w}, {parameterType ?? DeclaredType(type)} {v}) => ";
            if (IsContextScalar(type))
            {
                return head + $"{w}.WriteScalar({ContextText(type, v)})";
            }

            TypeShape? element = type.Element;
            return type.Kind switch
            {
                TypeShapeKind.Object => head + $"{w}.WriteObject({v}, Context{type.ShapeId})",
                TypeShapeKind.Dictionary => head + $"{w}.WriteDictionary<{DeclaredType(element!)}>({v}, {ContextValueWriter(element!, depth + 1)})",
                _ when IsContextScalar(element!) => head + $"{w}.WriteScalarList<{DeclaredType(element!)}>({v}, static x{depth} => {ContextText(element!, "x" + depth)})",
                _ => head + $"{w}.WriteList<{DeclaredType(element!)}>({v}, {ContextValueWriter(element!, depth + 1)})",
            };
        }
    }
}
