<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>LearningTab</name>
    <message>
      <source>Learning</source>
      <translation>学习</translation>
    </message>
    <message>
      <source>Chapter 4: loss functions, mini-batches and the gradient of a network</source>
      <translation>第 4 章：损失函数、mini-batch 与神经网络的梯度</translation>
    </message>
    <message>
      <source>Loss functions</source>
      <translation>损失函数</translation>
    </message>
    <message>
      <source>Loss, not accuracy</source>
      <translation>损失而非识别精度</translation>
    </message>
    <message>
      <source>Gradient of a network</source>
      <translation>神经网络的梯度</translation>
    </message>
    <message>
      <source>Mini-batches</source>
      <translation>mini-batch 学习</translation>
    </message>
    <message>
      <source>Numerical gradient vs backprop</source>
      <translation>数值微分 vs 误差反向传播</translation>
    </message>
  </context>
</TS>