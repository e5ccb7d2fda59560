using System.Collections.Generic;
using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private const string Readers = "global::AgentGen.Serialization.JsonValueReaders";
        private const string Binders = "global::AgentGen.Serialization.ArgumentValueReaders";
        private const string ValueWriters = "global::AgentGen.Serialization.JsonValueWriters";
        private const string Checks = "global::AgentGen.Serialization.ConstraintChecks";
        private const string ReadContext = "global::AgentGen.Serialization.ToolReadContext";
        private const string JsonReader = "global::System.Text.Json.Utf8JsonReader";
        private const string JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
        private const string ArgumentValue = "global::AgentGen.Serialization.ArgumentValue";
        private const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] ";

        /// <summary>Writes the reader, binder and writer of one object and the names they share.</summary>
        private static void WriteObjectCodec(SourceWriter writer, ObjectShape shape)
        {
            var jsonNames = new string[shape.Properties.Count];
            for (int i = 0; i < jsonNames.Length; i++)
            {
                jsonNames[i] = shape.Properties[i].JsonName;
            }

            string known = string.Join(", ", jsonNames);
            writer.WriteLine($"// {shape.FullyQualifiedName}");
            foreach (PropertyShape property in shape.Properties)
            {
                writer.WriteLine($"private static readonly global::System.Text.Json.JsonEncodedText {shape.Id}_{property.ClrName}Name = global::System.Text.Json.JsonEncodedText.Encode({Literal(property.JsonName)});");
            }

            writer.WriteLine($"private const string {shape.Id}Properties = {Literal(known)};");
            foreach (PropertyShape property in shape.Properties)
            {
                if (property.Constraints?.Pattern is { } pattern && property.Type.Kind == TypeShapeKind.String)
                {
                    writer.WriteLine($"private static readonly global::System.Text.RegularExpressions.Regex {shape.Id}_{property.ClrName}Pattern = new({Literal(Schema.Anchored(pattern))}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
                }

                if (property.Constraints is { AllowedValues.IsEmpty: false } constraints)
                {
                    bool allowsNull = constraints.AllowedValues.Any(v => v.Json == "null");
                    string elementType = LocalType(allowsNull ? property.Type : property.Type.AsNonNullable());
                    writer.WriteLine($"private static readonly {elementType}[] {shape.Id}_{property.ClrName}AllowedValues = {{ {string.Join(", ", constraints.AllowedValues.Select(v => v.CSharp))} }};");
                }
            }

            writer.WriteLine();
            WriteReader(writer, shape);
            writer.WriteLine();
            WriteBinder(writer, shape);
            writer.WriteLine();
            WriteWriter(writer, shape);
            writer.WriteLine();
            WriteObjectContext(writer, shape);
        }

        private static void WriteReader(SourceWriter writer, ObjectShape shape)
        {
            writer.OpenBlock($"internal static bool Read{shape.Id}(ref {JsonReader} reader, ref {ReadContext} context, {MaybeNullWhenFalse}out {shape.FullyQualifiedName} value)");
            writer.WriteLine("value = null;");
            writer.OpenBlock($"if (!{Readers}.ExpectObject(ref reader, ref context))").WriteLine("return false;").CloseBlock();
            writer.WriteLine();
            writer.WriteLine("int errorsBefore = context.ErrorCount;");
            WriteLocals(writer, shape);
            writer.OpenBlock($"while ({Readers}.NextProperty(ref reader))");
            bool first = true;
            foreach (PropertyShape property in shape.Properties)
            {
                writer.OpenBlock($"{(first ? "if" : "else if")} (reader.ValueTextEquals({Literal(property.JsonName)}u8))");
                writer.WriteLine("reader.Read();");
                if (NullMeansDefault(property))
                {
                    writer.OpenBlock("if (reader.TokenType != global::System.Text.Json.JsonTokenType.Null)");
                    WriteRead(writer, shape.Id, property, ReadCall(property.Type, Local(property)));
                    writer.CloseBlock();
                }
                else
                {
                    WriteRead(writer, shape.Id, property, ReadCall(property.Type, Local(property)));
                }

                writer.CloseBlock();
                first = false;
            }

            if (first)
            {
                writer.WriteLine($"{Readers}.SkipUnknown(ref reader, ref context, {shape.Id}Properties);");
            }
            else
            {
                writer.OpenBlock("else").WriteLine($"{Readers}.SkipUnknown(ref reader, ref context, {shape.Id}Properties);").CloseBlock();
            }

            writer.CloseBlock();
            writer.WriteLine();
            WriteConstruction(writer, shape);
            writer.CloseBlock();
        }

        private static void WriteBinder(SourceWriter writer, ObjectShape shape)
        {
            writer.OpenBlock($"internal static bool Bind{shape.Id}({ArgumentValue} argument, ref {ReadContext} context, {MaybeNullWhenFalse}out {shape.FullyQualifiedName} value)");
            writer.WriteLine("value = null;");
            writer.OpenBlock($"if (!{Binders}.ExpectObject(argument, ref context, out global::AgentGen.Serialization.ArgumentObject properties))").WriteLine("return false;").CloseBlock();
            writer.WriteLine();
            writer.WriteLine("int errorsBefore = context.ErrorCount;");
            WriteLocals(writer, shape);
            writer.OpenBlock("foreach (global::System.Collections.Generic.KeyValuePair<string, " + ArgumentValue + "> property in properties)");
            writer.OpenBlock("switch (property.Key)");
            foreach (PropertyShape property in shape.Properties)
            {
                writer.OpenBlock($"case {Literal(property.JsonName)}:");
                if (NullMeansDefault(property))
                {
                    writer.OpenBlock("if (!property.Value.IsNull)");
                    WriteRead(writer, shape.Id, property, BindCall(property.Type, "property.Value", Local(property)));
                    writer.CloseBlock();
                }
                else
                {
                    WriteRead(writer, shape.Id, property, BindCall(property.Type, "property.Value", Local(property)));
                }

                writer.WriteLine("break;");
                writer.CloseBlock();
            }

            writer.WriteLine("default:");
            writer.WriteLine($"    context.AddUnknownProperty(property.Key, {shape.Id}Properties);");
            writer.WriteLine("    break;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            WriteConstruction(writer, shape);
            writer.CloseBlock();
        }

        /// <summary>
        /// Strict structured outputs make every property required and nullable, so a model sends <c>null</c>
        /// for an optional property it leaves out: that keeps the default.
        /// </summary>
        private static bool NullMeansDefault(PropertyShape property) => !property.IsRequired && !property.Type.IsNullable;

        private static void WriteLocals(SourceWriter writer, ObjectShape shape)
        {
            foreach (PropertyShape property in shape.Properties)
            {
                // Reference locals may stay null until read; value-type locals start at default.
                string localType = LocalType(property.Type);
                if (!property.Type.IsValueType && !property.Type.IsNullable)
                {
                    localType += "?";
                }

                writer.WriteLine($"{localType} {Local(property)} = default;");
                writer.WriteLine(property.IsRequired
                    ? $"bool {Local(property)}Seen = false, {Local(property)}Read = false;"
                    : $"bool {Local(property)}Read = false;");
            }

            writer.WriteLine();
        }

        /// <summary>Reads one property into its local, then checks its constraints.</summary>
        private static void WriteRead(SourceWriter writer, string shapeId, PropertyShape property, string call)
        {
            string local = Local(property);
            writer.WriteLine($"context.Enter({Literal(property.JsonName)});");
            if (property.IsRequired)
            {
                writer.WriteLine($"{local}Seen = true;");
            }

            writer.WriteLine($"{local}Read = {call};");
            foreach (string check in ConstraintCalls(shapeId, property))
            {
                writer.WriteLine($"{local}Read = {local}Read && {check};");
            }

            writer.WriteLine("context.Exit();");
        }

        private static IEnumerable<string> ConstraintCalls(string shapeId, PropertyShape property)
        {
            ConstraintShape? c = property.Constraints;
            if (c is null)
            {
                return Enumerable.Empty<string>();
            }

            var calls = new List<string>();
            string local = Local(property);
            TypeShape type = property.Type;
            string value = type.IsValueType ? (type.IsNullable ? local + ".Value" : local) : local + "!";
            string guard = type.IsNullable ? $"{local} is null || " : string.Empty;
            bool isNumber = type.Kind is >= TypeShapeKind.SByte and <= TypeShapeKind.Decimal;
            if ((c.Minimum is not null || c.Maximum is not null) && isNumber)
            {
                calls.Add($"({guard}{Checks}.Range(ref context, (double){value}, {c.Minimum ?? "double.MinValue"}, {c.Maximum ?? "double.MaxValue"}))");
            }

            if (c.MinLength is not null || c.MaxLength is not null)
            {
                string bounds = $"{c.MinLength ?? 0}, {(c.MaxLength is { } max ? max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "int.MaxValue")}";
                if (type.Kind == TypeShapeKind.String)
                {
                    calls.Add($"({guard}{Checks}.Length(ref context, {value}, {bounds}))");
                }
                else if (type.Kind is TypeShapeKind.List)
                {
                    calls.Add($"({guard}{Checks}.Count(ref context, {value}.Count, {bounds}))");
                }
                else if (type.Kind is TypeShapeKind.Array)
                {
                    calls.Add($"({guard}{Checks}.Count(ref context, {value}.Length, {bounds}))");
                }
            }

            if (c.Pattern is not null && type.Kind == TypeShapeKind.String)
            {
                calls.Add($"({guard}{Checks}.Pattern(ref context, {value}, {shapeId}_{property.ClrName}Pattern, {Literal(c.Pattern)}))");
            }

            if (!c.AllowedValues.IsEmpty && type.Kind is TypeShapeKind.String or (>= TypeShapeKind.SByte and <= TypeShapeKind.Decimal))
            {
                calls.Add($"{Checks}.Allowed(ref context, {local}{(type.IsNullable || type.IsValueType ? string.Empty : "!")}, {shapeId}_{property.ClrName}AllowedValues)");
            }

            return calls;
        }

        /// <summary>Checks that required properties were present and builds the object from the locals.</summary>
        private static void WriteConstruction(SourceWriter writer, ObjectShape shape)
        {
            var arguments = new List<PropertyShape>();
            var initializers = new List<PropertyShape>();
            foreach (PropertyShape property in shape.Properties)
            {
                if (property.IsRequired)
                {
                    writer.OpenBlock($"if (!{Local(property)}Seen)")
                        .WriteLine($"context.AddMissing({Literal(property.JsonName)}, {Literal(JsonTypeName(property.Type))});")
                        .CloseBlock()
                        .WriteLine();
                }

                if (property.Assignment == AssignmentKind.Constructor)
                {
                    InsertByConstructorIndex(arguments, property);
                }
                else if (property.Assignment == AssignmentKind.Initializer)
                {
                    initializers.Add(property);
                }
            }

            writer.OpenBlock("if (context.ErrorCount != errorsBefore)").WriteLine("return false;").CloseBlock();
            writer.WriteLine();

            string end = initializers.Count == 0 ? ";" : string.Empty;
            if (arguments.Count == 0)
            {
                writer.WriteLine($"value = new {shape.FullyQualifiedName}(){end}");
            }
            else
            {
                writer.WriteLine($"value = new {shape.FullyQualifiedName}(");
                for (int i = 0; i < arguments.Count; i++)
                {
                    writer.WriteLine($"    {ValueOrDefault(arguments[i])}{(i == arguments.Count - 1 ? ")" + end : ",")}");
                }
            }

            if (initializers.Count > 0)
            {
                writer.WriteLine("{");
                foreach (PropertyShape property in initializers)
                {
                    writer.WriteLine($"    {Identifier(property.ClrName)} = {ValueOrDefault(property)},");
                }

                writer.WriteLine("};");
            }

            foreach (PropertyShape property in shape.Properties)
            {
                if (property.Assignment is not (AssignmentKind.With or AssignmentKind.Setter))
                {
                    continue;
                }

                string assign = property.Assignment == AssignmentKind.With
                    ? $"value = value with {{ {Identifier(property.ClrName)} = {Local(property)}{Bang(property.Type)} }};"
                    : $"value.{Identifier(property.ClrName)} = {Local(property)}{Bang(property.Type)};";
                writer.OpenBlock($"if ({Local(property)}Read)").WriteLine(assign).CloseBlock();
            }

            writer.WriteLine("return true;");
        }

        /// <summary>Adds a constructor argument after those with a lower or equal index: the order of the constructor's parameters.</summary>
        private static void InsertByConstructorIndex(List<PropertyShape> arguments, PropertyShape property)
        {
            int at = arguments.Count;
            while (at > 0 && arguments[at - 1].ConstructorIndex > property.ConstructorIndex)
            {
                at--;
            }

            arguments.Insert(at, property);
        }

        private static string ValueOrDefault(PropertyShape property)
        {
            string local = Local(property);
            if (property.IsRequired || property.Default is null)
            {
                return local + Bang(property.Type);
            }

            // Locals start at default: an unread property whose default is null or default(T) needs no test.
            if (property.Default.CSharp is "null" or "default")
            {
                return local;
            }

            if (property.Default.CSharp == "null!")
            {
                return local + "!";
            }

            return $"{local}Read ? {local}{Bang(property.Type)} : {property.Default.CSharp}";
        }

        private static string Bang(TypeShape type) => type.IsValueType || type.IsNullable ? string.Empty : "!";

        private static string Local(PropertyShape property) => "_" + char.ToLowerInvariant(property.ClrName[0]) + property.ClrName.Substring(1);

        private static void WriteWriter(SourceWriter writer, ObjectShape shape)
        {
            writer.OpenBlock($"internal static void Write{shape.Id}({JsonWriter} writer, {shape.FullyQualifiedName} value)");
            writer.WriteLine("writer.WriteStartObject();");
            foreach (PropertyShape property in shape.Properties)
            {
                writer.WriteLine($"writer.WritePropertyName({shape.Id}_{property.ClrName}Name);");
                writer.WriteLine(WriteStatement(property.Type, "value." + Identifier(property.ClrName), 0));
            }

            writer.WriteLine("writer.WriteEndObject();");
            writer.CloseBlock();
        }

        private static void WriteEnumCodec(SourceWriter writer, EnumShape shape)
        {
            writer.WriteLine($"private static readonly global::AgentGen.Serialization.EnumNames<{shape.FullyQualifiedName}> {shape.Id}Names = new(");
            for (int i = 0; i < shape.Members.Count; i++)
            {
                EnumMemberShape member = shape.Members[i];
                string separator = i == shape.Members.Count - 1 ? ");" : ",";
                writer.WriteLine($"    ({Literal(member.JsonName)}, {Literal(member.ClrName)}, {shape.FullyQualifiedName}.{member.ClrName}){separator}");
            }

            if (shape.Members.Count == 0)
            {
                writer.WriteLine("    );");
            }

            writer.WriteLine();
            writer.WriteLine($"internal static bool Read{shape.Id}(ref {JsonReader} reader, ref {ReadContext} context, out {shape.FullyQualifiedName} value) =>");
            writer.WriteLine($"    {shape.Id}Names.Read(ref reader, ref context, out value);");
            writer.WriteLine();
            writer.WriteLine($"internal static bool Bind{shape.Id}({ArgumentValue} argument, ref {ReadContext} context, out {shape.FullyQualifiedName} value) =>");
            writer.WriteLine($"    {shape.Id}Names.Bind(argument, ref context, out value);");
            writer.WriteLine();
            writer.WriteLine($"internal static void Write{shape.Id}({JsonWriter} writer, {shape.FullyQualifiedName} value) =>");
            writer.WriteLine($"    {shape.Id}Names.Write(writer, value);");
            writer.WriteLine();
            WriteEnumContext(writer, shape);
        }
    }
}
