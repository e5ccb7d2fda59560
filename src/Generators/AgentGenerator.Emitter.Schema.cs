using System;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes JSON Schema (draft 2020-12) for a tool. The strict variant is what strict structured outputs accept:
        /// every property required, optional ones nullable, no defaults and no keywords those providers reject.
        /// </summary>
        internal static class Schema
        {
            public static string Write(ToolModel tool, bool strict)
            {
                var json = new JsonText();
                WriteObject(json, tool, tool.Root, strict, nullable: false, description: tool.Description);
                return json.ToStringAndRelease();
            }

            /// <summary>
            /// The JSON protocol's schema for a union: any one of its members, each an object whose
            /// <c>intent</c> names the tool, beside that tool's own properties.
            /// </summary>
            public static string WriteUnion(UnionModel union, bool strict)
            {
                var json = new JsonText();
                json.StartObject();
                if (union.Union.Description is { } description)
                {
                    json.Name("description").String(description);
                }

                json.Name("anyOf").StartArray();
                foreach (ToolModel member in union.Members)
                {
                    WriteObject(json, member, member.Root, strict, nullable: false, description: member.Description, discriminator: member.ToolName);
                }

                json.EndArray();
                json.EndObject();
                return json.ToStringAndRelease();
            }

            private static void WriteObject(JsonText json, ToolModel tool, ObjectShape shape, bool strict, bool nullable, string? description, string? discriminator = null)
            {
                json.StartObject();
                if (description is not null)
                {
                    json.Name("description").String(description);
                }

                WriteType(json, "object", nullable);
                json.Name("properties").StartObject();
                if (discriminator is not null)
                {
                    json.Name(UnionModel.Discriminator).StartObject().Name("type").String("string").Name("enum").StartArray().String(discriminator).EndArray().EndObject();
                }

                foreach (PropertyShape property in shape.Properties)
                {
                    json.Name(property.JsonName);
                    bool optionalInStrict = strict && !property.IsRequired;
                    WriteValue(json, tool, property.Type, strict, property.Description, optionalInStrict ? null : property.Default, property.Constraints, forceNullable: optionalInStrict);
                }

                json.EndObject();
                bool anyRequired = discriminator is not null;
                foreach (PropertyShape property in shape.Properties)
                {
                    anyRequired |= strict || property.IsRequired;
                }

                if (anyRequired)
                {
                    json.Name("required").StartArray();
                    if (discriminator is not null)
                    {
                        json.String(UnionModel.Discriminator);
                    }

                    foreach (PropertyShape property in shape.Properties)
                    {
                        if (strict || property.IsRequired)
                        {
                            json.String(property.JsonName);
                        }
                    }

                    json.EndArray();
                }

                json.Name("additionalProperties").Raw("false");
                json.EndObject();
            }

            private static void WriteValue(JsonText json, ToolModel tool, TypeShape type, bool strict, string? description, DefaultValue? defaultValue, ConstraintShape? constraints, bool forceNullable = false)
            {
                bool nullable = type.IsNullable || forceNullable;
                if (type.Kind == TypeShapeKind.Object)
                {
                    ObjectShape shape = NestedObject(tool, type.ShapeId!);
                    WriteObject(json, tool, shape, strict, nullable, description ?? shape.Description);
                    return;
                }

                json.StartObject();
                if (description is not null)
                {
                    json.Name("description").String(description);
                }

                switch (type.Kind)
                {
                    case TypeShapeKind.String:
                        WriteType(json, "string", nullable);
                        break;
                    case TypeShapeKind.Boolean:
                        WriteType(json, "boolean", nullable);
                        break;
                    case TypeShapeKind.Single:
                    case TypeShapeKind.Double:
                    case TypeShapeKind.Decimal:
                        WriteType(json, "number", nullable);
                        break;
                    case TypeShapeKind.SByte:
                    case TypeShapeKind.Byte:
                    case TypeShapeKind.Int16:
                    case TypeShapeKind.UInt16:
                    case TypeShapeKind.Int32:
                    case TypeShapeKind.UInt32:
                    case TypeShapeKind.Int64:
                    case TypeShapeKind.UInt64:
                        WriteType(json, "integer", nullable);
                        break;
                    case TypeShapeKind.DateTimeOffset:
                    case TypeShapeKind.DateTime:
                        WriteFormatted(json, "date-time", nullable);
                        break;
                    case TypeShapeKind.DateOnly:
                        WriteFormatted(json, "date", nullable);
                        break;
                    case TypeShapeKind.TimeOnly:
                        WriteFormatted(json, "time", nullable);
                        break;
                    case TypeShapeKind.Guid:
                        WriteFormatted(json, "uuid", nullable);
                        break;
                    case TypeShapeKind.Uri:
                        WriteType(json, "string", nullable);
                        if (!strict)
                        {
                            json.Name("format").String("uri");
                        }

                        break;
                    case TypeShapeKind.TimeSpan:
                        WriteType(json, "string", nullable);
                        json.Name("pattern").String(@"^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$");
                        break;
                    case TypeShapeKind.Enum:
                        WriteType(json, "string", nullable);
                        json.Name("enum").StartArray();
                        foreach (EnumMemberShape member in Enum(tool, type.ShapeId!).Members)
                        {
                            json.String(member.JsonName);
                        }

                        if (nullable)
                        {
                            json.Raw("null");
                        }

                        json.EndArray();
                        break;
                    case TypeShapeKind.Array:
                    case TypeShapeKind.List:
                        WriteType(json, "array", nullable);
                        json.Name("items");
                        WriteValue(json, tool, type.Element!, strict, null, null, null);
                        break;
                    case TypeShapeKind.Dictionary:
                        WriteType(json, "object", nullable);
                        json.Name("additionalProperties");
                        WriteValue(json, tool, type.Element!, strict, null, null, null);
                        break;
                }

                if (constraints is not null)
                {
                    WriteConstraints(json, type, constraints, strict);
                }

                if (defaultValue?.Json is { } defaultJson && !strict)
                {
                    json.Name("default").Raw(defaultJson);
                }

                json.EndObject();
            }

            private static void WriteConstraints(JsonText json, TypeShape type, ConstraintShape constraints, bool strict)
            {
                bool isCollection = type.Kind is TypeShapeKind.Array or TypeShapeKind.List;
                if (constraints.Minimum is not null)
                {
                    json.Name("minimum").Raw(constraints.Minimum);
                }

                if (constraints.Maximum is not null)
                {
                    json.Name("maximum").Raw(constraints.Maximum);
                }

                if (isCollection)
                {
                    if (constraints.MinLength is { } minItems)
                    {
                        json.Name("minItems").Number(minItems);
                    }

                    if (constraints.MaxLength is { } maxItems)
                    {
                        json.Name("maxItems").Number(maxItems);
                    }
                }
                else if (!strict)
                {
                    if (constraints.MinLength is { } minLength)
                    {
                        json.Name("minLength").Number(minLength);
                    }

                    if (constraints.MaxLength is { } maxLength)
                    {
                        json.Name("maxLength").Number(maxLength);
                    }
                }

                if (constraints.Pattern is not null)
                {
                    // [RegularExpression] must match the whole value; a JSON Schema pattern matches anywhere unless anchored.
                    json.Name("pattern").String(Anchored(constraints.Pattern));
                }

                if (!constraints.AllowedValues.IsEmpty)
                {
                    json.Name("enum").StartArray();
                    foreach (AllowedValue value in constraints.AllowedValues)
                    {
                        json.Raw(value.Json);
                    }

                    json.EndArray();
                }
            }

            private static ObjectShape NestedObject(ToolModel tool, string id)
            {
                foreach (ObjectShape shape in tool.NestedObjects)
                {
                    if (shape.Id == id)
                    {
                        return shape;
                    }
                }

                throw new InvalidOperationException($"The tool {tool.ToolName} has no nested object {id}.");
            }

            private static EnumShape Enum(ToolModel tool, string id)
            {
                foreach (EnumShape shape in tool.Enums)
                {
                    if (shape.Id == id)
                    {
                        return shape;
                    }
                }

                throw new InvalidOperationException($"The tool {tool.ToolName} has no enum {id}.");
            }

            internal static string Anchored(string pattern) =>
                pattern.StartsWith("^", System.StringComparison.Ordinal) && pattern.EndsWith("$", System.StringComparison.Ordinal) && !pattern.EndsWith("\\$", System.StringComparison.Ordinal)
                    ? pattern
                    : "^(?:" + pattern + ")$";

            private static void WriteFormatted(JsonText json, string format, bool nullable)
            {
                WriteType(json, "string", nullable);
                json.Name("format").String(format);
            }

            private static void WriteType(JsonText json, string type, bool nullable)
            {
                json.Name("type");
                if (nullable)
                {
                    json.StartArray().String(type).String("null").EndArray();
                }
                else
                {
                    json.String(type);
                }
            }
        }
    }
}
