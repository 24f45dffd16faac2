<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationsTab</name>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Chapters 3–4: activation functions, softmax and numerical differentiation</source>
        <translation>第 3–4 章：激活函数、softmax函数与数值微分</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Softmax function</source>
        <translation>softmax函数</translation>
    </message>
</context>
</TS>
