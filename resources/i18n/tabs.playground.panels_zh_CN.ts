<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SettingsPanel</name>
    <message>
      <source>Class {0}</source>
      <translation>类别 {0}</translation>
    </message>
    <message>
      <source>Hidden layers: {0}</source>
      <translation>隐藏层：{0} 层</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>训练</translation>
    </message>
    <message>
      <source>XOR</source>
      <translation>异或（XOR）</translation>
    </message>
    <message>
      <source>Circle</source>
      <translation>圆环</translation>
    </message>
    <message>
      <source>Two Gaussians</source>
      <translation>两团高斯分布</translation>
    </message>
    <message>
      <source>Spiral</source>
      <translation>螺旋</translation>
    </message>
    <message>
      <source>Moons</source>
      <translation>双月</translation>
    </message>
    <message>
      <source>Clouds (3–5 classes)</source>
      <translation>多团点云（3–5 类）</translation>
    </message>
    <message>
      <source>Spiral arms (3–5 classes)</source>
      <translation>多臂螺旋（3–5 类）</translation>
    </message>
    <message>
      <source>My own points (click or load)</source>
      <translation>我的数据点（点击或载入）</translation>
    </message>
    <message>
      <source>Data set</source>
      <translation>数据集</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>类别数</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>噪声</translation>
    </message>
    <message>
      <source>Test share</source>
      <translation>测试数据比例</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>A click adds</source>
      <translation>点击添加</translation>
    </message>
    <message>
      <source>Input features:</source>
      <translation>输入特征：</translation>
    </message>
    <message>
      <source>Remove the last hidden layer</source>
      <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
      <source>Add a hidden layer</source>
      <translation>添加一个隐藏层</translation>
    </message>
    <message>
      <source>He for ReLU, else Xavier</source>
      <translation>ReLU 用 He，其他用 Xavier</translation>
    </message>
    <message>
      <source>He</source>
      <translation>He 初始值</translation>
    </message>
    <message>
      <source>Xavier</source>
      <translation>Xavier 初始值</translation>
    </message>
    <message>
      <source>std 0.01</source>
      <translation>标准差 0.01</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>激活函数</translation>
    </message>
    <message>
      <source>Initial weights</source>
      <translation>权重初始值</translation>
    </message>
    <message>
      <source>Batch norm</source>
      <translation>Batch Norm</translation>
    </message>
    <message>
      <source>Dropout</source>
      <translation>Dropout 比例</translation>
    </message>
    <message>
      <source>Weight decay λ</source>
      <translation>权值衰减 λ</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>最优化方法</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>学习率</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>批大小</translation>
    </message>
  </context>
</TS>