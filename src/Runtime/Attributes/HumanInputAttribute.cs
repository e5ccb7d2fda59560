using System;

namespace AgentGen;

/// <summary>Marks a tool that asks a person for something. When the model chooses it, the thread pauses until a person responds; it needs no handler.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class HumanInputAttribute : Attribute
{
}
