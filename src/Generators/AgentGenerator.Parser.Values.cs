using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Shared;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Parser
    {
        /// <summary>Formats default values as C# expressions and JSON text.</summary>
        private static class Defaults
        {
            public static DefaultValue? Format(ITypeSymbol type, object? value, int naming)
            {
                ITypeSymbol underlying = NullableValueOf(type) ?? type;

                if (value is null)
                {
                    if (type.IsValueType && underlying.Equals(type, SymbolEqualityComparer.Default))
                    {
                        return new DefaultValue("default", null);
                    }

                    // `string Value = null!` declares no real default: the schema says nothing.
                    return type.NullableAnnotation == NullableAnnotation.Annotated || type.IsValueType
                        ? new DefaultValue("null", "null")
                        : new DefaultValue("null!", null);
                }

                if (underlying.TypeKind == TypeKind.Enum)
                {
                    foreach (ISymbol member in underlying.GetMembers())
                    {
                        if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                        {
                            string json = JsonName(field, JsonStringEnumMemberNameAttributeName) ?? Naming.Apply(naming, field.Name);
                            return new DefaultValue(FullyQualified(underlying) + "." + field.Name, JsonText.Quote(json));
                        }
                    }

                    return new DefaultValue("(" + FullyQualified(type) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture), null);
                }

                switch (value)
                {
                    case string s:
                        return new DefaultValue(SymbolDisplay.FormatLiteral(s, quote: true), JsonText.Quote(s));
                    case char c:
                        return new DefaultValue(SymbolDisplay.FormatLiteral(c, quote: true), JsonText.Quote(c.ToString()));
                    case bool b:
                        return new DefaultValue(b ? "true" : "false", b ? "true" : "false");
                    case double d:
                        return FloatingPoint(type, d.ToString("R", CultureInfo.InvariantCulture), double.IsNaN(d) || double.IsInfinity(d), "d");
                    case float f:
                        return FloatingPoint(type, f.ToString("R", CultureInfo.InvariantCulture), float.IsNaN(f) || float.IsInfinity(f), "f");
                    case decimal m:
                        return new DefaultValue(m.ToString(CultureInfo.InvariantCulture) + "m", m.ToString(CultureInfo.InvariantCulture));
                    case int or long or uint or ulong:
                        string text = ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
                        string suffix = value switch { long => "L", uint => "U", ulong => "UL", _ => string.Empty };
                        return new DefaultValue(text + suffix, text);
                    case IFormattable number:
                        string small = number.ToString(null, CultureInfo.InvariantCulture);
                        return new DefaultValue("(" + FullyQualified(type) + ")" + small, small);
                    default:
                        return null;
                }
            }

            private static DefaultValue FloatingPoint(ITypeSymbol type, string text, bool notFinite, string suffix)
            {
                if (notFinite)
                {
                    string special = text switch { "NaN" => "NaN", "-Infinity" => "NegativeInfinity", _ => "PositiveInfinity" };
                    string owner = suffix == "f" ? "float" : "double";
                    return new DefaultValue("(" + FullyQualified(type) + ")" + owner + "." + special, null);
                }

                return new DefaultValue(text + suffix, text);
            }
        }

        /// <summary>Reads the DataAnnotations constraints Microsoft.Extensions.AI honours.</summary>
        private static class Constraints
        {
            private const string Namespace = "System.ComponentModel.DataAnnotations";

            public static ConstraintShape? Parse(IPropertySymbol property, IParameterSymbol? parameter, TypeShape type)
            {
                bool isNumber = type.Kind is >= TypeShapeKind.SByte and <= TypeShapeKind.Decimal;
                bool isString = type.Kind == TypeShapeKind.String;
                bool hasLength = isString || type.Kind is TypeShapeKind.Array or TypeShapeKind.List;
                string? minimum = null, maximum = null, pattern = null;
                int? minLength = null, maxLength = null;
                var allowed = new List<AllowedValue>();
                bool any = false;

                IEnumerable<AttributeData> attributes = property.GetAttributes();
                if (parameter is not null)
                {
                    attributes = attributes.Concat(parameter.GetAttributes());
                }

                foreach (AttributeData attribute in attributes)
                {
                    if (attribute.AttributeClass is not { Arity: 0 } attributeClass || !IsNamed(attributeClass.ContainingSymbol, Namespace))
                    {
                        continue;
                    }

                    var args = attribute.ConstructorArguments;
                    switch (attributeClass.Name)
                    {
                        case "RangeAttribute" when isNumber && args.Length == 2 && args[0].Value is IConvertible low && args[1].Value is IConvertible high && low is not string:
                            minimum = Number(low);
                            maximum = Number(high);
                            any = true;
                            break;
                        case "RangeAttribute" when isNumber && args.Length == 3 && args[1].Value is string low && args[2].Value is string high &&
                            double.TryParse(low, NumberStyles.Float, CultureInfo.InvariantCulture, out double lowValue) &&
                            double.TryParse(high, NumberStyles.Float, CultureInfo.InvariantCulture, out double highValue):
                            minimum = Number(lowValue);
                            maximum = Number(highValue);
                            any = true;
                            break;
                        case "StringLengthAttribute" when isString && args.Length == 1 && args[0].Value is int max && max >= 0:
                            maxLength = max;
                            foreach (var named in attribute.NamedArguments)
                            {
                                if (named.Key == "MinimumLength" && named.Value.Value is int min && min > 0)
                                {
                                    minLength = min;
                                }
                            }

                            any = true;
                            break;
                        case "MinLengthAttribute" when hasLength && args.Length == 1 && args[0].Value is int min && min >= 0:
                            minLength = min;
                            any = true;
                            break;
                        case "MaxLengthAttribute" when hasLength && args.Length == 1 && args[0].Value is int max && max >= 0:
                            maxLength = max;
                            any = true;
                            break;
                        case "LengthAttribute" when hasLength && args.Length == 2 && args[0].Value is int min && args[1].Value is int max && min >= 0 && max >= min:
                            minLength = min;
                            maxLength = max;
                            any = true;
                            break;
                        case "RegularExpressionAttribute" when isString && args.Length == 1 && args[0].Value is string regex:
                            pattern = regex;
                            any = true;
                            break;
                        case "AllowedValuesAttribute" when (isString || isNumber) && args.Length == 1 && args[0].Kind == TypedConstantKind.Array && !args[0].IsNull:
                            foreach (TypedConstant value in args[0].Values)
                            {
                                // Only values of the property's own kind can be checked and declared.
                                if (AllowedValueOf(value) is { } allowedValue && (value.Value is null ? type.IsNullable : value.Value is string == isString))
                                {
                                    allowed.Add(allowedValue);
                                }
                            }

                            any = allowed.Count > 0 || any;
                            break;
                    }
                }

                return any ? new ConstraintShape(minimum, maximum, minLength, maxLength, pattern, allowed.ToEquatableArray()) : null;
            }

            private static string Number(IConvertible value) => value switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                float f => f.ToString("R", CultureInfo.InvariantCulture),
                _ => value.ToString(CultureInfo.InvariantCulture),
            };

            private static AllowedValue? AllowedValueOf(TypedConstant constant) => constant.Value switch
            {
                null => new AllowedValue("null", "null"),
                string s => new AllowedValue(JsonText.Quote(s), SymbolDisplay.FormatLiteral(s, quote: true)),
                bool b => new AllowedValue(b ? "true" : "false", b ? "true" : "false"),
                IConvertible c => new AllowedValue(Number(c), Number(c)),
                _ => null,
            };
        }
    }
}
