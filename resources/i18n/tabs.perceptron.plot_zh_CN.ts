<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GatePlot</name>
    <message>
        <source>target 0</source>
        <translation>目标 0</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>目标 1</translation>
    </message>
    <message>
        <source>s1 = NAND</source>
        <translation>s1 = 与非门</translation>
    </message>
    <message>
        <source>s2 = OR</source>
        <translation>s2 = 或门</translation>
    </message>
</context>
</TS>
