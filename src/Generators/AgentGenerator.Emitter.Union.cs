using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private const string Unions = "global::AgentGen.Serialization.UnionReaders";

        /// <summary>Writes a union's declarations, its JSON-protocol schema and its readers.</summary>
        public static string EmitUnion(UnionModel union)
        {
            TypeDeclarationModel declaration = union.Union.Declaration;
            string self = declaration.FullyQualifiedName;
            string result = $"global::AgentGen.ToolReadResult<{self}>";
            string names = string.Join(", ", union.Members.Select(m => m.ToolName));

            SourceWriter writer = OpenFile(declaration);

            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name} : global::AgentGen.ITool");
            writer.WriteLine($"/// <summary>The tools the model can choose from, by name: {Xml(names)}.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string ToolNames = {Literal(names)};");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The JSON protocol's schema: one object whose <c>{UnionModel.Discriminator}</c> names the chosen tool, beside its arguments.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string JsonSchema = {RawLiteral(Schema.WriteUnion(union, strict: false))};");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The strict variant of <see cref=\"JsonSchema\"/>.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string StrictJsonSchema = {RawLiteral(Schema.WriteUnion(union, strict: true))};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The declarations of every member, for <c>ChatOptions.Tools</c>: schemas only, nothing a chat client can invoke.</summary>");
            writer.WriteLine("/// <param name=\"strict\"><see langword=\"true\"/> to declare the strict schema variants.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::AgentGen.ToolDeclaration> GetDeclarations(bool strict = false) =>");
            writer.WriteLine($"    strict ? {declaration.Name}Declarations.Strict : {declaration.Name}Declarations.Default;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads the step a model chose with a tool call. Never throws: an unknown tool or bad arguments give precise errors.</summary>");
            writer.WriteLine("/// <param name=\"call\">The function call from the model's response.</param>");
            writer.WriteLine("/// <param name=\"options\">Reading options, or <see langword=\"null\"/> for the defaults.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static {result} ReadFunctionCall(global::Microsoft.Extensions.AI.FunctionCallContent call, global::AgentGen.ToolReadOptions? options = null) =>");
            writer.WriteLine("    call.Name switch");
            writer.WriteLine("    {");
            foreach (ToolModel member in union.Members)
            {
                writer.WriteLine($"        {member.Declaration.FullyQualifiedName}.ToolName => {member.Declaration.FullyQualifiedName}.BindArguments(call.Arguments, options).As<{self}>(),");
            }

            writer.WriteLine($"        _ => {Unions}.UnknownTool<{self}>(call.Name, ToolNames),");
            writer.WriteLine("    };");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Reads the step a model chose as one JSON object whose <c>{UnionModel.Discriminator}</c> names the tool. Never throws.</summary>");
            writer.WriteLine("/// <param name=\"utf8Json\">The JSON, as UTF-8 bytes.</param>");
            writer.WriteLine("/// <param name=\"options\">Reading options, or <see langword=\"null\"/> for the defaults.</param>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"public static {result} ReadJson(global::System.ReadOnlySpan<byte> utf8Json, global::AgentGen.ToolReadOptions? options = null)");
            writer.OpenBlock($"if (!{Unions}.TryReadDiscriminator(utf8Json, {Literal(UnionModel.Discriminator)}, ToolNames, out string intent, out {result} failure))")
                .WriteLine("return failure;")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"options = {Unions}.WithDiscriminator(options, {Literal(UnionModel.Discriminator)});");
            writer.WriteLine("return intent switch");
            writer.WriteLine("{");
            foreach (ToolModel member in union.Members)
            {
                writer.WriteLine($"    {member.Declaration.FullyQualifiedName}.ToolName => {member.Declaration.FullyQualifiedName}.ReadJson(utf8Json, options).As<{self}>(),");
            }

            writer.WriteLine($"    _ => {Unions}.UnknownTool<{self}>(intent, ToolNames),");
            writer.WriteLine("};");
            writer.CloseBlock();
            writer.CloseBlock();

            CloseContainingTypes(writer, declaration);

            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"file static class {declaration.Name}Declarations");
            foreach (bool strict in new[] { false, true })
            {
                writer.WriteLine($"internal static readonly global::System.Collections.Generic.IReadOnlyList<global::AgentGen.ToolDeclaration> {(strict ? "Strict" : "Default")} = global::System.Array.AsReadOnly(new global::AgentGen.ToolDeclaration[]");
                writer.WriteLine("{");
                foreach (ToolModel member in union.Members)
                {
                    writer.WriteLine($"    {member.Declaration.FullyQualifiedName}.GetDeclaration(strict: {(strict ? "true" : "false")}),");
                }

                writer.WriteLine("});");
                if (!strict)
                {
                    writer.WriteLine();
                }
            }

            writer.CloseBlock();
            return writer.ToStringAndRelease();
        }
    }
}
