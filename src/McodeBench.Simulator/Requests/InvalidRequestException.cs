namespace McodeBench.Simulator.Requests;

/// <summary>The request body is not a chat-completions request; answered with HTTP 400.</summary>
internal sealed class InvalidRequestException(string message) : Exception(message);
