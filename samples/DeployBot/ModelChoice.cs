using System;
using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace DeployBot;

/// <summary>Picks a real model when one is configured: OPENAI_API_KEY (and OPENAI_MODEL), or OLLAMA_ENDPOINT such as http://localhost:11434 (and OLLAMA_MODEL).</summary>
internal static class ModelChoice
{
    public static IChatClient? FromEnvironment(out string description)
    {
        string? openAiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        if (!string.IsNullOrWhiteSpace(openAiKey))
        {
            string name = Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-4o-mini";
            description = $"OpenAI {name}";
            return new OpenAIClient(openAiKey).GetChatClient(name).AsIChatClient();
        }

        string? ollama = Environment.GetEnvironmentVariable("OLLAMA_ENDPOINT");
        if (!string.IsNullOrWhiteSpace(ollama))
        {
            string name = Environment.GetEnvironmentVariable("OLLAMA_MODEL") ?? "llama3.1";
            description = $"Ollama {name} at {ollama}";

            // Ollama serves the OpenAI chat API under /v1; the same client keeps the sample Native AOT clean.
            var options = new OpenAIClientOptions { Endpoint = new Uri(ollama.TrimEnd('/') + "/v1") };
            return new OpenAIClient(new ApiKeyCredential("ollama"), options).GetChatClient(name).AsIChatClient();
        }

        description = "scripted (set OPENAI_API_KEY or OLLAMA_ENDPOINT to use a real model)";
        return null;
    }
}
