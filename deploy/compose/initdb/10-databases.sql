-- One database per service, as in the local stack and in Kubernetes (one CloudNativePG cluster each).
CREATE DATABASE plan OWNER mezasu;
CREATE DATABASE measurement OWNER mezasu;
