"""Local HTTP stubs that speak real wire protocols, for tests at the network edge."""
from .openai_stub import LocalHTTPStub, OpenAIStub, RecordedRequest, Response, json_response

__all__ = ["LocalHTTPStub", "OpenAIStub", "RecordedRequest", "Response", "json_response"]
