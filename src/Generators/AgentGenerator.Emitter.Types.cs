using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private static string Literal(string value)
        {
            // Printable ASCII other than a quote or a backslash is written as it is: no need for the general formatter.
            foreach (char c in value)
            {
                if (c is < ' ' or > '~' or '"' or '\\')
                {
                    return SymbolDisplay.FormatLiteral(value, quote: true);
                }
            }

            return "\"" + value + "\"";
        }

        /// <summary>A member name as an identifier: <c>@class</c> for a keyword.</summary>
        private static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>
        /// The C# type of the local a property is read into: the concrete collection the runtime builds
        /// (<c>List&lt;T&gt;</c>, <c>T[]</c>, <c>Dictionary&lt;string, T&gt;</c>) over the element types as declared.
        /// </summary>
        private static string LocalType(TypeShape type)
        {
            string core = type.Kind switch
            {
                TypeShapeKind.Array => DeclaredType(type.Element!) + "[]",
                TypeShapeKind.List => $"global::System.Collections.Generic.List<{DeclaredType(type.Element!)}>",
                TypeShapeKind.Dictionary => $"global::System.Collections.Generic.Dictionary<string, {DeclaredType(type.Element!)}>",
                _ => type.FullyQualifiedName,
            };
            return type.IsNullable ? core + "?" : core;
        }

        /// <summary>The type as the user declared it, with its nullability.</summary>
        private static string DeclaredType(TypeShape type) => type.IsNullable ? type.FullyQualifiedName + "?" : type.FullyQualifiedName;

        /// <summary>Whether a delegate for this type needs a block lambda that reads a concrete collection into a declared one.</summary>
        private static bool IsCollection(TypeShape type) => type.Kind is TypeShapeKind.Array or TypeShapeKind.List or TypeShapeKind.Dictionary;

        /// <summary>The name of the primitive reader/binder/writer in the runtime, or null for compound kinds.</summary>
        private static string? PrimitiveName(TypeShapeKind kind) => kind switch
        {
            TypeShapeKind.String => nameof(TypeShapeKind.String),
            TypeShapeKind.Boolean => nameof(TypeShapeKind.Boolean),
            TypeShapeKind.SByte => nameof(TypeShapeKind.SByte),
            TypeShapeKind.Byte => nameof(TypeShapeKind.Byte),
            TypeShapeKind.Int16 => nameof(TypeShapeKind.Int16),
            TypeShapeKind.UInt16 => nameof(TypeShapeKind.UInt16),
            TypeShapeKind.Int32 => nameof(TypeShapeKind.Int32),
            TypeShapeKind.UInt32 => nameof(TypeShapeKind.UInt32),
            TypeShapeKind.Int64 => nameof(TypeShapeKind.Int64),
            TypeShapeKind.UInt64 => nameof(TypeShapeKind.UInt64),
            TypeShapeKind.Single => nameof(TypeShapeKind.Single),
            TypeShapeKind.Double => nameof(TypeShapeKind.Double),
            TypeShapeKind.Decimal => nameof(TypeShapeKind.Decimal),
            TypeShapeKind.DateTimeOffset => nameof(TypeShapeKind.DateTimeOffset),
            TypeShapeKind.DateTime => nameof(TypeShapeKind.DateTime),
            TypeShapeKind.DateOnly => nameof(TypeShapeKind.DateOnly),
            TypeShapeKind.TimeOnly => nameof(TypeShapeKind.TimeOnly),
            TypeShapeKind.TimeSpan => nameof(TypeShapeKind.TimeSpan),
            TypeShapeKind.Guid => nameof(TypeShapeKind.Guid),
            TypeShapeKind.Uri => nameof(TypeShapeKind.Uri),
            _ => null,
        };

        /// <summary>An expression that reads a value of <paramref name="type"/> from <c>reader</c> into <paramref name="target"/>.</summary>
        private static string ReadCall(TypeShape type, string target, int depth = 0)
        {
            string reader = depth == 0 ? "reader" : "r" + depth;
            string context = depth == 0 ? "context" : "c" + depth;
            string args = $"ref {reader}, ref {context}";
            if (type.IsNullable)
            {
                TypeShape inner = type.AsNonNullable();
                string helper = type.IsValueType ? "Nullable" : "NullableReference";
                return $"{Readers}.{helper}<{LocalType(inner)}>({args}, {ReadDelegate(inner, depth + 1, asLocal: true)}, out {target})";
            }

            return type.Kind switch
            {
                TypeShapeKind.Enum or TypeShapeKind.Object => $"Read{type.ShapeId}({args}, out {target})",
                TypeShapeKind.Array => $"{Readers}.Array<{DeclaredType(type.Element!)}>({args}, {ReadDelegate(type.Element!, depth + 1)}, out {target})",
                TypeShapeKind.List => $"{Readers}.List<{DeclaredType(type.Element!)}>({args}, {ReadDelegate(type.Element!, depth + 1)}, out {target})",
                TypeShapeKind.Dictionary => $"{Readers}.Dictionary<{DeclaredType(type.Element!)}>({args}, {ReadDelegate(type.Element!, depth + 1)}, out {target})",
                _ => $"{Readers}.{PrimitiveName(type.Kind)}({args}, out {target})",
            };
        }

        /// <summary>
        /// A delegate that reads a value of <paramref name="type"/>: a method group when one exists, else a static lambda.
        /// With <paramref name="asLocal"/> it yields the concrete local type (a nullable wrapper stores that), not the declared one.
        /// </summary>
        private static string ReadDelegate(TypeShape type, int depth, bool asLocal = false)
        {
            if (!type.IsNullable)
            {
                if (PrimitiveName(type.Kind) is { } primitive)
                {
                    return $"{Readers}.{primitive}";
                }

                if (type.Kind is TypeShapeKind.Enum or TypeShapeKind.Object)
                {
                    return "Read" + type.ShapeId;
                }
            }

            string v = "v" + depth;
            string parameters = $"ref {JsonReader} r{depth}, ref {ReadContext} c{depth}, {MaybeNullWhenFalse}out {(asLocal ? LocalType(type) : DeclaredType(type))} {v}";
            if (IsCollection(type.AsNonNullable()) && !type.IsNullable && !asLocal)
            {
                // The runtime builds a concrete collection; the element is declared as an interface or array.
                return $"static ({parameters}) => {{ bool read = {ReadCall(type, "var t" + depth, depth)}; {v} = t{depth}!; return read; }}";
            }

            return $"static ({parameters}) => {ReadCall(type, v, depth)}";
        }

        /// <summary>An expression that binds <paramref name="source"/> (an ArgumentValue) into <paramref name="target"/>.</summary>
        private static string BindCall(TypeShape type, string source, string target, int depth = 0)
        {
            string context = depth == 0 ? "context" : "c" + depth;
            string args = $"{source}, ref {context}";
            if (type.IsNullable)
            {
                TypeShape inner = type.AsNonNullable();
                string helper = type.IsValueType ? "Nullable" : "NullableReference";
                return $"{Binders}.{helper}<{LocalType(inner)}>({args}, {BindDelegate(inner, depth + 1, asLocal: true)}, out {target})";
            }

            return type.Kind switch
            {
                TypeShapeKind.Enum or TypeShapeKind.Object => $"Bind{type.ShapeId}({args}, out {target})",
                TypeShapeKind.Array => $"{Binders}.Array<{DeclaredType(type.Element!)}>({args}, {BindDelegate(type.Element!, depth + 1)}, out {target})",
                TypeShapeKind.List => $"{Binders}.List<{DeclaredType(type.Element!)}>({args}, {BindDelegate(type.Element!, depth + 1)}, out {target})",
                TypeShapeKind.Dictionary => $"{Binders}.Dictionary<{DeclaredType(type.Element!)}>({args}, {BindDelegate(type.Element!, depth + 1)}, out {target})",
                _ => $"{Binders}.{PrimitiveName(type.Kind)}({args}, out {target})",
            };
        }

        private static string BindDelegate(TypeShape type, int depth, bool asLocal = false)
        {
            if (!type.IsNullable)
            {
                if (PrimitiveName(type.Kind) is { } primitive)
                {
                    return $"{Binders}.{primitive}";
                }

                if (type.Kind is TypeShapeKind.Enum or TypeShapeKind.Object)
                {
                    return "Bind" + type.ShapeId;
                }
            }

            string v = "v" + depth;
            string parameters = $"{ArgumentValue} a{depth}, ref {ReadContext} c{depth}, {MaybeNullWhenFalse}out {(asLocal ? LocalType(type) : DeclaredType(type))} {v}";
            if (IsCollection(type.AsNonNullable()) && !type.IsNullable && !asLocal)
            {
                return $"static ({parameters}) => {{ bool read = {BindCall(type, "a" + depth, "var t" + depth, depth)}; {v} = t{depth}!; return read; }}";
            }

            return $"static ({parameters}) => {BindCall(type, "a" + depth, v, depth)}";
        }

        /// <summary>A statement that writes <paramref name="value"/> with <c>writer</c>.</summary>
        private static string WriteStatement(TypeShape type, string value, int depth)
        {
            string writer = depth == 0 ? "writer" : "w" + depth;
            if (type.IsNullable)
            {
                TypeShape inner = type.AsNonNullable();
                string helper = type.IsValueType ? "Nullable" : "NullableReference";
                return $"{ValueWriters}.{helper}<{DeclaredType(inner)}>({writer}, {value}, {WriteDelegate(inner, depth + 1)});";
            }

            return type.Kind switch
            {
                TypeShapeKind.String or TypeShapeKind.DateTimeOffset or TypeShapeKind.DateTime or TypeShapeKind.Guid => $"{writer}.WriteStringValue({value});",
                TypeShapeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
                TypeShapeKind.DateOnly or TypeShapeKind.TimeOnly or TypeShapeKind.TimeSpan or TypeShapeKind.Uri => $"{ValueWriters}.{PrimitiveName(type.Kind)}({writer}, {value});",
                TypeShapeKind.Enum or TypeShapeKind.Object => $"Write{type.ShapeId}({writer}, {value});",
                TypeShapeKind.Array or TypeShapeKind.List => $"{ValueWriters}.Array<{DeclaredType(type.Element!)}>({writer}, {value}, {WriteDelegate(type.Element!, depth + 1)});",
                TypeShapeKind.Dictionary => $"{ValueWriters}.Dictionary<{DeclaredType(type.Element!)}>({writer}, {value}, {WriteDelegate(type.Element!, depth + 1)});",
                _ => $"{writer}.WriteNumberValue({value});",
            };
        }

        private static string WriteDelegate(TypeShape type, int depth)
        {
            if (!type.IsNullable && type.Kind is TypeShapeKind.Enum or TypeShapeKind.Object)
            {
                return "Write" + type.ShapeId;
            }

            string statement = WriteStatement(type, "v" + depth, depth);
            return $"static ({JsonWriter} w{depth}, {DeclaredType(type)} v{depth}) => {statement.TrimEnd(';')}";
        }

        /// <summary>The JSON type named in a missing-property error.</summary>
        private static string JsonTypeName(TypeShape type) => type.Kind switch
        {
            TypeShapeKind.String or TypeShapeKind.DateTimeOffset or TypeShapeKind.DateTime or TypeShapeKind.DateOnly or
            TypeShapeKind.TimeOnly or TypeShapeKind.TimeSpan or TypeShapeKind.Guid or TypeShapeKind.Uri or TypeShapeKind.Enum => "string",
            TypeShapeKind.Boolean => "boolean",
            TypeShapeKind.Single or TypeShapeKind.Double or TypeShapeKind.Decimal => "number",
            TypeShapeKind.Object or TypeShapeKind.Dictionary => "object",
            TypeShapeKind.Array or TypeShapeKind.List => "array",
            _ => "integer",
        };
    }
}
