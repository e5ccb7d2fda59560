using System;

namespace AgentGen;

/// <summary>Marks a <see langword="partial"/> interface (or abstract record) as the closed union of next steps an agent's model can choose. Its members are the <see cref="ToolAttribute"/> types that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NextStepAttribute : Attribute
{
}
