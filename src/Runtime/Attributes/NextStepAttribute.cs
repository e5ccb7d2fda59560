using System;

namespace AgentGen;

/// <summary>Marks a <see langword="partial"/> interface as the closed union of next steps an agent's model can choose. Its members are the <see cref="ToolAttribute"/> types that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class NextStepAttribute : Attribute
{
}
