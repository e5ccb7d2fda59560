using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;
using AgentGen.Generators.Tests.Tools;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Model;

/// <summary>
/// The incremental pipeline caches a tool by comparing its model with the previous one. That only works when a model
/// is a value: equal for the same source, and holding nothing tied to one compilation (which would also keep every
/// old compilation alive in the IDE).
/// </summary>
public sealed class ModelPurityTests
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TheoryData<string> ScenarioNames => [.. ToolScenarios.All.Keys];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void The_same_source_in_two_compilations_gives_equal_models_with_equal_hash_codes(string scenario)
    {
        string source = ToolScenarios.All[scenario];

        ImmutableArray<ToolModel> first = Models(GeneratorHarness.Run(source));
        ImmutableArray<ToolModel> second = Models(GeneratorHarness.Run(source));

        Assert.NotEmpty(first);
        Assert.Equal(first.Length, second.Length);
        for (int i = 0; i < first.Length; i++)
        {
            Assert.NotSame(first[i], second[i]);
            Assert.Equal(first[i], second[i]);
            Assert.Equal(first[i].GetHashCode(), second[i].GetHashCode());
        }
    }

    [Fact]
    public void A_changed_property_gives_an_unequal_model()
    {
        string source = ToolScenarios.Defaults;
        string edited = source.Replace("int Limit = 10", "int Limit = 20", StringComparison.Ordinal);
        Assert.NotEqual(source, edited);

        ToolModel before = Assert.Single(Models(GeneratorHarness.Run(source)));
        ToolModel after = Assert.Single(Models(GeneratorHarness.Run(edited)));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void The_tool_model_holds_only_strings_numbers_enums_bools_model_records_and_equatable_arrays()
    {
        Assert.Equal([], Violations(typeof(ToolModel)));
    }

    [Fact]
    public void Every_type_of_the_model_namespace_is_a_pure_sealed_record()
    {
        Type[] models = [.. typeof(ToolModel).Assembly.GetTypes()
            .Where(static type => type.Namespace == typeof(ToolModel).Namespace && type.IsClass && !type.Name.StartsWith('<'))];
        Assert.Contains(typeof(ToolModel), models);

        Assert.Equal([], models.SelectMany(Violations).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_model_check_catches_compilation_objects_and_immutable_arrays()
    {
        Assert.Equal(
            [
                "ImpureModel.Names: System.Collections.Immutable.ImmutableArray`1[System.String] is not allowed in a model",
                "ImpureModel.Owner: Microsoft.CodeAnalysis.INamedTypeSymbol is not allowed in a model",
                "ImpureModel.Where: Microsoft.CodeAnalysis.Location is not allowed in a model",
                "ImpurePart.Node: Microsoft.CodeAnalysis.SyntaxNode is not allowed in a model",
                "MutablePart: models must be sealed records",
            ],
            Violations(typeof(ImpureModel)));
    }

    /// <summary>The models the ToolModels step produced, in order.</summary>
    private static ImmutableArray<ToolModel> Models(GeneratorResult result) =>
        [.. result.TrackedSteps[TrackingNames.ToolModels].SelectMany(static step => step.Outputs).Select(static output => (ToolModel)output.Value)];

    /// <summary>Walks the types reachable from <paramref name="root"/> through fields and lists every member of a type a model must not hold.</summary>
    private static List<string> Violations(Type root)
    {
        var violations = new List<string>();
        var visited = new HashSet<Type>();
        var pending = new Queue<Type>([root]);
        while (pending.TryDequeue(out Type? type))
        {
            if (!visited.Add(type))
            {
                continue;
            }

            if (!IsModelRecord(type))
            {
                violations.Add($"{type.Name}: models must be sealed records");
                continue;
            }

            // Fields are the state (positional properties are backed by compiler-generated ones); computed
            // properties are checked too, since the emitter reads them.
            IEnumerable<(string Name, Type Type)> members = type.GetFields(InstanceMembers)
                .Select(static field => (MemberName(field), field.FieldType))
                .Concat(type.GetProperties(InstanceMembers)
                    .Where(static property => property.Name != "EqualityContract")
                    .Select(static property => (property.Name, property.PropertyType)))
                .Distinct();
            foreach ((string name, Type memberType) in members)
            {
                foreach (Type reached in Check(memberType, type.Name + "." + name, violations))
                {
                    pending.Enqueue(reached);
                }
            }
        }

        return [.. violations.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Checks one member type; returns the model records it leads to, which must be checked too.</summary>
    private static IEnumerable<Type> Check(Type type, string member, List<string> violations)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }

        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type.IsEnum)
        {
            return [];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return Check(type.GetGenericArguments()[0], member + "[]", violations);
        }

        if (type.IsClass && (type.Namespace == typeof(ToolModel).Namespace || type.DeclaringType == typeof(ModelPurityTests)))
        {
            return [type];
        }

        violations.Add($"{member}: {type} is not allowed in a model");
        return [];
    }

    private static bool IsModelRecord(Type type) =>
        type.IsSealed && type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    /// <summary>The property name of a compiler-generated backing field (<c>&lt;Root&gt;k__BackingField</c>), else the field name.</summary>
    private static string MemberName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    private sealed record ImpureModel(
        string Name,
        INamedTypeSymbol Owner,
        ImmutableArray<string> Names,
        Location Where,
        EquatableArray<ImpurePart> Parts,
        MutablePart? Extra);

    private sealed record ImpurePart(string Name, SyntaxNode Node);

    private sealed class MutablePart
    {
        public string Name { get; set; } = "";
    }
}
