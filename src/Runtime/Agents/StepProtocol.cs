namespace AgentGen;

/// <summary>How a step asks the model for its answer.</summary>
public enum StepProtocol
{
    /// <summary>
    /// The step offers the union's tool declarations with a required tool mode and binds the one function call
    /// in the response. The chat client invokes nothing.
    /// </summary>
    ToolCalls = 0,

    /// <summary>The step asks for one JSON object (<c>intent</c> plus fields) through the provider's JSON-schema response format.</summary>
    Json = 1,

    /// <summary>The step writes the output format into the prompt, for providers without a JSON-schema response format.</summary>
    JsonInPrompt = 2,
}
