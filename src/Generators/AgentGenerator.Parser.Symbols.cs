using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    // Questions the parser asks of many symbols and initializers, answered without building strings or binding.
    internal static partial class Parser
    {
        /// <summary>
        /// Binds the assembly's and the module's own attributes, which the compiler binds anyway. Until they are bound,
        /// Roslyn answers "is this place obsolete?", which it asks for every attribute it binds, by reading the
        /// <c>[assembly: ...]</c> and <c>[module: ...]</c> lists of every file again. The generator runs first on a new
        /// compilation, so each attribute of each tool, union and agent paid that (20 ms of 150 on 2,000 files).
        /// After the first call the compiler returns the bound attributes at once.
        /// </summary>
        private static void BindAssemblyAttributesFirst(Compilation compilation)
        {
            _ = compilation.Assembly.GetAttributes();
            _ = compilation.SourceModule.GetAttributes();
        }

        /// <summary>The <c>T</c> of a <c>Nullable&lt;T&gt;</c>, or <see langword="null"/> for any other type.</summary>
        private static ITypeSymbol? NullableValueOf(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : null;

        private static bool HasAttribute(ISymbol symbol, string attributeName)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (IsNamed(attribute.AttributeClass, attributeName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="symbol"/> is the non-generic type or the namespace <paramref name="fullName"/> (namespaces and
        /// containing types joined by dots, as <c>ToDisplayString()</c> writes it), compared name by name without building that string.
        /// </summary>
        internal static bool IsNamed(ISymbol? symbol, string fullName)
        {
            int end = fullName.Length;
            for (ISymbol? current = symbol; current is not null; current = current.ContainingSymbol)
            {
                if (current is INamespaceSymbol { IsGlobalNamespace: true })
                {
                    return end == -1;
                }

                if (end < 0 || current is INamedTypeSymbol { Arity: not 0 })
                {
                    return false;
                }

                string name = current.Name;
                int start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0 || (start > 0 && fullName[start - 1] != '.'))
                {
                    return false;
                }

                end = start - 1;
            }

            return false;
        }

        /// <summary>
        /// The value of a literal as the compiler binds it (the token's value), read from the syntax alone: binding the
        /// initializer in a semantic model would run the nullable analysis of the whole initializer. False for other expressions.
        /// </summary>
        private static bool TryGetLiteralValue(ExpressionSyntax expression, out object? value)
        {
            value = null;
            if (expression is not LiteralExpressionSyntax { ContainsDiagnostics: false } literal)
            {
                return false;
            }

            switch (literal.Kind())
            {
                case SyntaxKind.NullLiteralExpression:
                    return true;
                case SyntaxKind.TrueLiteralExpression:
                    value = true;
                    return true;
                case SyntaxKind.FalseLiteralExpression:
                    value = false;
                    return true;
                case SyntaxKind.NumericLiteralExpression when literal.Token.IsKind(SyntaxKind.NumericLiteralToken):
                case SyntaxKind.StringLiteralExpression when literal.Token.IsKind(SyntaxKind.StringLiteralToken):
                case SyntaxKind.CharacterLiteralExpression when literal.Token.IsKind(SyntaxKind.CharacterLiteralToken):
                    value = literal.Token.Value;
                    return true;
                default:
                    return false;
            }
        }
    }
}
